import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { PersonPageQuery } from '../../gql/graphql';
import { NodePage, type PageNode } from '../../components/NodePage';
import { formatDate, today } from '../../lib/format';
import { Facts, Latin, RegionLink, RegionPath, Section } from '../../components/ui';
import { CurrentPosts, PastPosts } from './PersonPosts';
import { PersonTimeline } from './PersonTimeline';
import { PersonProjects } from './PersonProjects';
import { History } from '../../components/History';
import { PersonTraining } from './PersonTraining';
import { Appraisals } from '../../components/records/Appraisals';
import { Commendations } from '../../components/records/Commendations';
import { PersonEditForm } from './PersonEditForm';
import './people.css';

export const PersonPageQueryDoc = graphql(`
  query PersonPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        version
        name
        nameLatin
        viewerCanEdit
        gender
        birthDate
        birthYear
        ethnicity
        education
        politicalStatus
        joinedPartyOn
        backgrounds
        skills
        migrant
        currentLocation
        endowmentInsuredSince
        idNumber
        phone
        homeRegion {
          id
          name
          nameLatin
          ancestors { id name nameLatin }
        }
        currentPositions {
          id
          role
          startedOn
          endedOn
          selectionMethod
          basicRemuneration
          organization {
            id
            name
            nameLatin
            kind
            region { id name nameLatin }
          }
        }
      }
    }
  }
`);

type PersonHeader = PageNode<PersonPageQuery, 'Person'>;

/** Whole years between a birth date and a day, both YYYY-MM-DD. */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number);
  const [y, m, d] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export default function PersonPage() {
  const { id = '' } = useParams();
  return <PersonView key={id} id={id} />;
}

function PersonView({ id }: { id: string }) {
  const { t } = useTranslation(['people', 'common', 'account']);
  // Editing: the form shows under the header; saved: says so until the next edit.
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      editButton.current?.focus();
    }
  }, [editing]);
  const done = (ok: boolean) => {
    returnFocus.current = true;
    setSaved(ok);
    setEditing(false);
  };
  return (
    <NodePage
      query={PersonPageQueryDoc}
      id={id}
      typename="Person"
      loading={t('loading')}
      notFound={{ title: t('notFound.title'), hint: t('notFound.hint') }}
    >
      {(person) => (
        <article className="page person-page">
          <title>{`${person.name} · ${t('app.name', { ns: 'common' })}`}</title>
          <PersonHeading
            person={person}
            editing={editing}
            editButton={editButton}
            onEdit={() => {
              setSaved(false);
              setEditing(true);
            }}
          />
          {saved && (
            <p className="edit-saved" role="status">
              {t('edit.saved', { ns: 'account' })}
            </p>
          )}
          {editing && person.viewerCanEdit && <PersonEditForm key={person.version} person={person} onDone={done} />}
          <PersonFacts person={person} />
          <Section id="person-posts" title={t('posts.title')}>
            <CurrentPosts posts={person.currentPositions} />
            <PastPosts id={person.id} />
          </Section>
          <PersonTimeline id={person.id} />
          <PersonProjects id={person.id} />
          <PersonTraining id={person.id} name={person.name} />
          <Appraisals subject={{ type: 'person', id: person.id, name: person.name }} canEdit={person.viewerCanEdit} />
          <Commendations subject={{ type: 'person', id: person.id, name: person.name }} canEdit={person.viewerCanEdit} />
          <History id={person.id} />
        </article>
      )}
    </NodePage>
  );
}

function PersonHeading({
  person,
  editing,
  editButton,
  onEdit,
}: {
  person: PersonHeader;
  editing: boolean;
  editButton: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
}) {
  const { t } = useTranslation(['people', 'common', 'account']);
  const home = person.homeRegion;
  return (
    <header className="ent-header">
      {home && <RegionPath label={t('breadcrumbs')} path={[...home.ancestors, home]} />}
      <div className="ent-header-row">
        <h1>
          <span>{person.name}</span>
          <Latin text={person.nameLatin} always />
        </h1>
        {person.viewerCanEdit && (
          <button type="button" className="button" ref={editButton} aria-expanded={editing} onClick={onEdit}>
            {t('edit.edit', { ns: 'account' })}
          </button>
        )}
      </div>
      <div className="ent-badges">
        <span className={`badge${person.politicalStatus === 'MEMBER' || person.politicalStatus === 'PROBATIONARY' ? ' person-badge-party' : ''}`}>
          {t(`political.${person.politicalStatus}`, { ns: 'common' })}
        </span>
        {person.migrant && <span className="badge badge-warn">{t('migrant')}</span>}
        {person.currentPositions.length > 0 && (
          <span className="badge">{t('currentPostCount', { count: person.currentPositions.length })}</span>
        )}
      </div>
    </header>
  );
}

function PersonFacts({ person }: { person: PersonHeader }) {
  const { t, i18n } = useTranslation(['people', 'common']);
  const lng = i18n.language;
  const c = (key: string) => t(key, { ns: 'common' });
  const masked = (value: string | null | undefined): ReactNode =>
    value && person.viewerCanEdit ? (
      <span className="mono">{value}</span>
    ) : value ? (
      <span className="person-masked">
        <span className="mono">{value}</span>
        <span className="badge" title={t('maskedHint')}>
          {t('masked')}
        </span>
      </span>
    ) : (
      '—'
    );
  const items: Array<[string, ReactNode]> = [
    [t('facts.gender'), person.gender ? c(`gender.${person.gender}`) : '—'],
    [
      t('facts.birthDate'),
      // The date is shown only to those who may see personal data; others get the year.
      person.birthDate
        ? `${formatDate(person.birthDate, lng)} · ${t('age', { count: ageOn(person.birthDate, today()) })}`
        : person.birthYear != null
          ? t('bornIn', { year: person.birthYear })
          : '—',
    ],
    [t('facts.ethnicity'), person.ethnicity || '—'],
    [t('facts.education'), person.education ? c(`education.${person.education}`) : '—'],
    [t('facts.political'), c(`political.${person.politicalStatus}`)],
    [t('facts.joinedParty'), formatDate(person.joinedPartyOn, lng)],
    [t('facts.homeRegion'), person.homeRegion ? <RegionLink region={person.homeRegion} /> : '—'],
    [t('facts.migrant'), person.migrant ? t('migrantAt', { place: person.currentLocation || t('unknownPlace') }) : t('notMigrant')],
    [t('facts.insured'), person.endowmentInsuredSince ? t('insuredSince', { date: formatDate(person.endowmentInsuredSince, lng) }) : t('notInsured')],
    [person.viewerCanEdit ? t('facts.idNumberFull') : t('facts.idNumber'), masked(person.idNumber)],
    [person.viewerCanEdit ? t('facts.phoneFull') : t('facts.phone'), masked(person.phone)],
  ];
  const backgrounds = person.backgrounds ?? [];
  const skills = (person.skills ?? []).filter(Boolean);
  return (
    <Section id="person-facts" title={t('facts.title')}>
      <Facts items={items} />
      <div className="person-tags">
        <div>
          <h3>{t('facts.backgrounds')}</h3>
          {backgrounds.length ? (
            <ul className="ent-chips">
              {backgrounds.map((b) => (
                <li key={b} className="badge">
                  {c(`background.${b}`)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('noBackgrounds')}</p>
          )}
        </div>
        <div>
          <h3>{t('facts.skills')}</h3>
          {skills.length ? (
            <ul className="ent-chips">
              {skills.map((s) => (
                <li key={s} className="badge">
                  {s}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('noSkills')}</p>
          )}
        </div>
      </div>
    </Section>
  );
}
