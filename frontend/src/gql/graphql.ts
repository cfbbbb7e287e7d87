/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** ApiToken.role: The role the token acts with (ADMIN, COORDINATOR, ANALYST or VIEWER): its owner's when it was made, or a lesser one; never more than the owner's current role. */
export type ApiTokenRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'COORDINATOR'
  | 'VIEWER';

/** Appraisal.kind: What kind of appraisal. */
export type AppraisalKind =
  /** The yearly democratic appraisal of a party organization by its members and the masses. */
  | 'DEMOCRATIC_APPRAISAL'
  /** Democratic supervision of village affairs by the villagers. */
  | 'DEMOCRATIC_SUPERVISION'
  /** The democratic appraisal of a party member. */
  | 'MEMBER_APPRAISAL'
  /** A review of a cadre's performance in the post. */
  | 'PERFORMANCE_REVIEW';

/** Appraisal.rating: The rating given. */
export type AppraisalRating =
  /** Excellent. */
  | 'EXCELLENT'
  /** Fair (basically competent). */
  | 'FAIR'
  /** Good. */
  | 'GOOD'
  /** Poor (not competent). */
  | 'POOR';

/**
 * Selects Appraisal records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type AppraisalWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<AppraisalWhereInput> | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** true: only records that have a organization; false: only those without one. */
  hasOrganization?: boolean | null | undefined;
  /** Only records whose organization matches every one of these filters. */
  hasOrganizationWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records that have a person; false: only those without one. */
  hasPerson?: boolean | null | undefined;
  /** Only records whose person matches every one of these filters. */
  hasPersonWith?: Array<PersonWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only appraisals of organizations, or of people whose home region is, in this region's subtree. */
  inRegion?: string | null | undefined;
  /** `kind` equals this value. */
  kind?: AppraisalKind | null | undefined;
  /** `kind` is one of these values (an empty list does not filter). */
  kindIn?: Array<AppraisalKind> | null | undefined;
  /** `kind` differs from this value. */
  kindNEQ?: AppraisalKind | null | undefined;
  /** `kind` is none of these values (an empty list does not filter). */
  kindNotIn?: Array<AppraisalKind> | null | undefined;
  /** Only the records this filter does not match. */
  not?: AppraisalWhereInput | null | undefined;
  /** `note` equals this value. */
  note?: string | null | undefined;
  /** `note` contains this text (case-sensitive). */
  noteContains?: string | null | undefined;
  /** `note` contains this text, ignoring case. */
  noteContainsFold?: string | null | undefined;
  /** `note` equals this text, ignoring case. */
  noteEqualFold?: string | null | undefined;
  /** `note` sorts after this value. */
  noteGT?: string | null | undefined;
  /** `note` sorts at or after this value. */
  noteGTE?: string | null | undefined;
  /** `note` starts with this text. */
  noteHasPrefix?: string | null | undefined;
  /** `note` ends with this text. */
  noteHasSuffix?: string | null | undefined;
  /** `note` is one of these values (an empty list does not filter). */
  noteIn?: Array<string> | null | undefined;
  /** true: only records where `note` is null (not recorded); false does not filter. */
  noteIsNil?: boolean | null | undefined;
  /** `note` sorts before this value. */
  noteLT?: string | null | undefined;
  /** `note` sorts at or before this value. */
  noteLTE?: string | null | undefined;
  /** `note` differs from this value. */
  noteNEQ?: string | null | undefined;
  /** `note` is none of these values (an empty list does not filter). */
  noteNotIn?: Array<string> | null | undefined;
  /** true: only records where `note` is not null; false does not filter. */
  noteNotNil?: boolean | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<AppraisalWhereInput> | null | undefined;
  /** `rating` equals this value. */
  rating?: AppraisalRating | null | undefined;
  /** `rating` is one of these values (an empty list does not filter). */
  ratingIn?: Array<AppraisalRating> | null | undefined;
  /** `rating` differs from this value. */
  ratingNEQ?: AppraisalRating | null | undefined;
  /** `rating` is none of these values (an empty list does not filter). */
  ratingNotIn?: Array<AppraisalRating> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
  /** `year` equals this value. */
  year?: number | null | undefined;
  /** `year` is greater than this value. */
  yearGT?: number | null | undefined;
  /** `year` is at least this value. */
  yearGTE?: number | null | undefined;
  /** `year` is one of these values (an empty list does not filter). */
  yearIn?: Array<number> | null | undefined;
  /** `year` is less than this value. */
  yearLT?: number | null | undefined;
  /** `year` is at most this value. */
  yearLTE?: number | null | undefined;
  /** `year` differs from this value. */
  yearNEQ?: number | null | undefined;
  /** `year` is none of these values (an empty list does not filter). */
  yearNotIn?: Array<number> | null | undefined;
};

/** Filters of the audit trail; all given conditions must hold. */
export type AuditEventFilter = {
  /** Only changes by this user. */
  actor?: string | null | undefined;
  /** Only changes of this record. */
  entity?: string | null | undefined;
  /** Only changes of records of this type (Organization, Person, Link, …). */
  entityType?: string | null | undefined;
  /** Only changes made at or after this time. */
  from?: string | null | undefined;
  /** Only changes made before this time. */
  to?: string | null | undefined;
};

/** AuditEvent.operation: What was done: CREATE, UPDATE or DELETE. */
export type AuditEventOperation =
  | 'CREATE'
  | 'DELETE'
  | 'UPDATE';

/**
 * Selects Commendation records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type CommendationWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<CommendationWhereInput> | null | undefined;
  /** `awardedBy` equals this value. */
  awardedBy?: string | null | undefined;
  /** `awardedBy` contains this text (case-sensitive). */
  awardedByContains?: string | null | undefined;
  /** `awardedBy` contains this text, ignoring case. */
  awardedByContainsFold?: string | null | undefined;
  /** `awardedBy` equals this text, ignoring case. */
  awardedByEqualFold?: string | null | undefined;
  /** `awardedBy` sorts after this value. */
  awardedByGT?: string | null | undefined;
  /** `awardedBy` sorts at or after this value. */
  awardedByGTE?: string | null | undefined;
  /** `awardedBy` starts with this text. */
  awardedByHasPrefix?: string | null | undefined;
  /** `awardedBy` ends with this text. */
  awardedByHasSuffix?: string | null | undefined;
  /** `awardedBy` is one of these values (an empty list does not filter). */
  awardedByIn?: Array<string> | null | undefined;
  /** true: only records where `awardedBy` is null (not recorded); false does not filter. */
  awardedByIsNil?: boolean | null | undefined;
  /** `awardedBy` sorts before this value. */
  awardedByLT?: string | null | undefined;
  /** `awardedBy` sorts at or before this value. */
  awardedByLTE?: string | null | undefined;
  /** `awardedBy` differs from this value. */
  awardedByNEQ?: string | null | undefined;
  /** `awardedBy` is none of these values (an empty list does not filter). */
  awardedByNotIn?: Array<string> | null | undefined;
  /** true: only records where `awardedBy` is not null; false does not filter. */
  awardedByNotNil?: boolean | null | undefined;
  /** `bonus` equals this value. */
  bonus?: number | null | undefined;
  /** `bonus` is greater than this value. */
  bonusGT?: number | null | undefined;
  /** `bonus` is at least this value. */
  bonusGTE?: number | null | undefined;
  /** `bonus` is one of these values (an empty list does not filter). */
  bonusIn?: Array<number> | null | undefined;
  /** true: only records where `bonus` is null (not recorded); false does not filter. */
  bonusIsNil?: boolean | null | undefined;
  /** `bonus` is less than this value. */
  bonusLT?: number | null | undefined;
  /** `bonus` is at most this value. */
  bonusLTE?: number | null | undefined;
  /** `bonus` differs from this value. */
  bonusNEQ?: number | null | undefined;
  /** `bonus` is none of these values (an empty list does not filter). */
  bonusNotIn?: Array<number> | null | undefined;
  /** true: only records where `bonus` is not null; false does not filter. */
  bonusNotNil?: boolean | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** true: only records that have a organization; false: only those without one. */
  hasOrganization?: boolean | null | undefined;
  /** Only records whose organization matches every one of these filters. */
  hasOrganizationWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records that have a person; false: only those without one. */
  hasPerson?: boolean | null | undefined;
  /** Only records whose person matches every one of these filters. */
  hasPersonWith?: Array<PersonWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only commendations of organizations, or of people whose home region is, in this region's subtree. */
  inRegion?: string | null | undefined;
  /** Only the records this filter does not match. */
  not?: CommendationWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<CommendationWhereInput> | null | undefined;
  /** `title` equals this value. */
  title?: string | null | undefined;
  /** `title` contains this text (case-sensitive). */
  titleContains?: string | null | undefined;
  /** `title` contains this text, ignoring case. */
  titleContainsFold?: string | null | undefined;
  /** `title` equals this text, ignoring case. */
  titleEqualFold?: string | null | undefined;
  /** `title` sorts after this value. */
  titleGT?: string | null | undefined;
  /** `title` sorts at or after this value. */
  titleGTE?: string | null | undefined;
  /** `title` starts with this text. */
  titleHasPrefix?: string | null | undefined;
  /** `title` ends with this text. */
  titleHasSuffix?: string | null | undefined;
  /** `title` is one of these values (an empty list does not filter). */
  titleIn?: Array<string> | null | undefined;
  /** `title` sorts before this value. */
  titleLT?: string | null | undefined;
  /** `title` sorts at or before this value. */
  titleLTE?: string | null | undefined;
  /** `title` differs from this value. */
  titleNEQ?: string | null | undefined;
  /** `title` is none of these values (an empty list does not filter). */
  titleNotIn?: Array<string> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
  /** `year` equals this value. */
  year?: number | null | undefined;
  /** `year` is greater than this value. */
  yearGT?: number | null | undefined;
  /** `year` is at least this value. */
  yearGTE?: number | null | undefined;
  /** `year` is one of these values (an empty list does not filter). */
  yearIn?: Array<number> | null | undefined;
  /** `year` is less than this value. */
  yearLT?: number | null | undefined;
  /** `year` is at most this value. */
  yearLTE?: number | null | undefined;
  /** `year` differs from this value. */
  yearNEQ?: number | null | undefined;
  /** `year` is none of these values (an empty list does not filter). */
  yearNotIn?: Array<number> | null | undefined;
};

/** The fields of a new Appraisal. Optional fields left out stay null, or take the default their description names. */
export type CreateAppraisalInput = {
  /** What kind of appraisal. */
  kind: AppraisalKind;
  /** Remarks, free text. */
  note?: string | null | undefined;
  /** ID of the organization the appraisal concerns; null when it concerns a person. */
  organizationID?: string | null | undefined;
  /** ID of the person the appraisal concerns; null when it concerns an organization. */
  personID?: string | null | undefined;
  /** The rating given. */
  rating: AppraisalRating;
  /** Calendar year of the the appraisal, 1949 to 2100. */
  year: number;
};

/** The fields of a new Commendation. Optional fields left out stay null, or take the default their description names. */
export type CreateCommendationInput = {
  /** The body that gave the award, up to 200 characters; empty when not recorded. */
  awardedBy?: string | null | undefined;
  /** Bonus paid with the award, yuan; null when none. */
  bonus?: number | null | undefined;
  /** ID of the organization the commendation concerns; null when it concerns a person. */
  organizationID?: string | null | undefined;
  /** ID of the person the commendation concerns; null when it concerns an organization. */
  personID?: string | null | undefined;
  /** Title of the award, 1 to 200 characters (such as "Double Top Ten" village secretary). */
  title: string;
  /** Calendar year of the the commendation, 1949 to 2100. */
  year: number;
};

/** The fields of a new LinkActivity. Optional fields left out stay null, or take the default their description names. */
export type CreateLinkActivityInput = {
  /** Money involved, yuan; null when none or not recorded. */
  amount?: number | null | undefined;
  /** What was done, free text. */
  description?: string | null | undefined;
  /** What was done. */
  kind: LinkActivityKind;
  /** ID of the link. */
  linkID: string;
  /** The day it took place. */
  on: string;
  /** Number of people who took part; null when not recorded. */
  participants?: number | null | undefined;
};

/** The fields of a new Link. Optional fields left out stay null, or take the default their description names. */
export type CreateLinkInput = {
  /** Date the link ended, not before startedOn; null while it lasts. Network queries count the link up to the day before. */
  endedOn?: string | null | undefined;
  /** What the two sides set out to do, free text. */
  goals?: string | null | undefined;
  /** What the link is: a kind of joint construction, twinning or co-building. */
  kind: LinkKind;
  /** Notes, free text. */
  notes?: string | null | undefined;
  /** ID of the source organization. */
  sourceID: string;
  /** Provenance: the document or file the link comes from (at most 500 characters). */
  sourceReference?: string | null | undefined;
  /** Date the link took effect; null when not known (network queries then count it from the beginning). */
  startedOn?: string | null | undefined;
  /** Where the link stands. Network queries count every link but a PROPOSED one, by its dates. Default: ACTIVE. */
  status?: LinkStatus | null | undefined;
  /** ID of the target organization. */
  targetID: string;
};

/** The fields of a new Position. Optional fields left out stay null, or take the default their description names. */
export type CreatePositionInput = {
  /** Basic remuneration, yuan per year; null when unpaid or not recorded. */
  basicRemuneration?: number | null | undefined;
  /** Date the post ended, not before startedOn. Null while it is held: a post is current when endedOn is null or later than today. */
  endedOn?: string | null | undefined;
  /** ID of the organization the post is in. */
  organizationID: string;
  /** ID of the person holding the post. */
  personID: string;
  /** The post held. SECRETARY, DIRECTOR and HEAD are the leader posts (Organization.currentLeaders). */
  role: PositionRole;
  /** How the person came to the post; null when not recorded. */
  selectionMethod?: PositionSelectionMethod | null | undefined;
  /** Date the post began; null when not known. */
  startedOn?: string | null | undefined;
};

/** The fields of a new ProjectIncome. Optional fields left out stay null, or take the default their description names. */
export type CreateProjectIncomeInput = {
  /** Income in the year, yuan (0 or more). */
  income: number;
  /** ID of the project. */
  projectID: string;
  /** Calendar year, 1949 to 2100; a project has at most one income per year. */
  year: number;
};

/** The fields of a new Project. Optional fields left out stay null, or take the default their description names. */
export type CreateProjectInput = {
  /** Date the project passed acceptance, not before startedOn; null until then. */
  acceptedOn?: string | null | undefined;
  /** Households taking part; null when not recorded. */
  households?: number | null | undefined;
  /** Industry, free text (such as ginseng or black fungus); empty when not recorded. */
  industry?: string | null | undefined;
  /** Money invested, yuan; null when not recorded. */
  investment?: number | null | undefined;
  /** What the project does. */
  kind: ProjectKind;
  /** ID of the person leading the project; null when none. */
  leaderID?: string | null | undefined;
  /** Name in Chinese, 1 to 200 characters. */
  name: string;
  /** Latin (pinyin) form of the name, used for search and the English interface; empty when not recorded. */
  nameLatin?: string | null | undefined;
  /** ID of the organization that runs the project; null when none. */
  organizationID?: string | null | undefined;
  /** ID of the region (a village) the project is in. */
  regionID: string;
  /** Date the leader signed the project's responsibility letter; null when none. */
  responsibilityLetterOn?: string | null | undefined;
  /** Date work started; null when not started or not known. */
  startedOn?: string | null | undefined;
  /** Where the project stands. Default: PLANNED. */
  status?: ProjectStatus | null | undefined;
};

/** The fields of a new RuralIncome. Optional fields left out stay null, or take the default their description names. */
export type CreateRuralIncomeInput = {
  /** The province's average income per head of the rural labour force in the year, yuan (more than 0). */
  incomePerHead: number;
  /** Where the figure comes from (such as the statistical yearbook), up to 300 characters; empty when not recorded. */
  source?: string | null | undefined;
  /** Calendar year, 1949 to 2100; one figure per year. */
  year: number;
};

/** The fields of a new TrainingAttendance. Optional fields left out stay null, or take the default their description names. */
export type CreateTrainingAttendanceInput = {
  /** Whether the person completed the course. Default: false. */
  completed?: boolean | null | undefined;
  /** ID of the course. */
  courseID: string;
  /** Days the person attended, 0 to the course's length. */
  days: number;
  /** ID of the person who attended. */
  personID: string;
};

/** The fields of a new TrainingCourse. Optional fields left out stay null, or take the default their description names. */
export type CreateTrainingCourseInput = {
  /** Places on the course; null when not limited. */
  capacity?: number | null | undefined;
  /** Length of the course in training days, 1 to 366, at most the days from startsOn to endsOn. */
  days: number;
  /** Last day of the course, not before startsOn. */
  endsOn: string;
  /** What the course trains. */
  kind: TrainingCourseKind;
  /** The level of the party committee that runs the course; it is the level of the course's region. */
  organizerLevel: TrainingCourseOrganizerLevel;
  /** ID of the region whose party committee runs the course. */
  regionID: string;
  /** First day of the course. */
  startsOn: string;
  /** Title of the course, 1 to 200 characters. */
  title: string;
};

/** A new account. */
export type CreateUserInput = {
  /** The name shown; the username when omitted. */
  displayName?: string | null | undefined;
  /** 10 to 128 characters. */
  password: string;
  /** The account's role. */
  role: UserRole;
  /** For a coordinator, the region whose subtree they write in; omitted for the whole province. */
  scopeRegionID?: string | null | undefined;
  /** 3 to 32 lower-case letters, digits, '.', '_' or '-'. */
  username: string;
};

/** The fields of a new Venue. Optional fields left out stay null, or take the default their description names. */
export type CreateVenueInput = {
  /** Floor area, square metres (more than 0); null when not recorded. */
  area?: number | null | undefined;
  /** Date the venue was built or taken into use; null when not known (it then counts for every year). */
  builtOn?: string | null | undefined;
  /** The state of the building. Default: GOOD. */
  condition?: VenueCondition | null | undefined;
  /** What the venue is used for, one per entry, free text (such as party meetings, training, clinic). */
  functions?: Array<string> | null | undefined;
  /** Name of the venue, up to 200 characters; empty when it has none. */
  name?: string | null | undefined;
  /** ID of the village or urban community the venue serves. */
  regionID: string;
};

/** IndicatorTarget.code: The indicator. */
export type IndicatorCode =
  /** Activists applying to join the Party. */
  | 'ACTIVISTS'
  /** Backward villages twinned. */
  | 'BACKWARD_VILLAGE_TWINNED'
  /** Border townships with a border officer on the party committee. */
  | 'BORDER_TOWNSHIP_OFFICER'
  /** Border villages with a border officer in the party organization's leadership. */
  | 'BORDER_VILLAGE_OFFICER'
  /** Village cadres through the yearly rotation training. */
  | 'CADRE_ROTATION_TRAINED'
  /** One college graduate per village. */
  | 'COLLEGE_GRADUATE_OFFICIAL'
  /** Cooperatives with a party organization. */
  | 'COOP_PARTY_COVERAGE'
  /** Village secretaries and directors with endowment insurance. */
  | 'HEADS_INSURED'
  /** Training days of village secretaries and directors. */
  | 'HEADS_TRAINING_DAYS'
  /** Mass-organization heads on the village party organization. */
  | 'MASS_ORG_HEADS_IN_PARTY'
  /** Village party organizations appraised. */
  | 'PARTY_ORG_APPRAISED'
  /** Reserve village cadres. */
  | 'RESERVE_CADRES'
  /** Village secretaries who also direct the villagers' committee. */
  | 'SECRETARY_DIRECTOR_CONCURRENT'
  /** Village secretaries leading a prosperity project. */
  | 'SECRETARY_LEADS_PROJECT'
  /** Village secretaries paid at least last year's average rural income. */
  | 'SECRETARY_PAY_FLOOR'
  /** Village secretaries with a practical skill. */
  | 'SECRETARY_SKILLED'
  /** Villages with an activity venue. */
  | 'VENUE_COVERAGE'
  /** A young member admitted every year. */
  | 'YOUNG_MEMBER_ADMITTED'
  /** Rural party members under 35. */
  | 'YOUNG_MEMBER_SHARE';

/** The three projects the indicators belong to. */
export type IndicatorProject =
  /** Improving the quality of cadres. */
  | 'CADRE_QUALITY'
  /** Entrepreneurship and training. */
  | 'ENTREPRENEURSHIP'
  /** Optimizing the setup of organizations. */
  | 'ORGANIZATION_SETUP';

/** What an indicator's units are, and so what its shortfalls link to. */
export type IndicatorUnitKind =
  /** Organizations: cooperatives or village party organizations. */
  | 'ORGANIZATION'
  /** People: village secretaries, directors, cadres or party members. */
  | 'PERSON'
  /** Regions: villages or townships. */
  | 'REGION';

/** LinkActivity.kind: What was done. */
export type LinkActivityKind =
  /** A donation of money or goods. */
  | 'DONATION'
  /** Funds provided; amount says how much. */
  | 'FUNDING'
  /** Anything else. */
  | 'OTHER'
  /** Work on a joint project. */
  | 'PROJECT'
  /** Training given. */
  | 'TRAINING'
  /** A visit or exchange. */
  | 'VISIT';

/**
 * Selects LinkActivity records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type LinkActivityWhereInput = {
  /** `amount` equals this value. */
  amount?: number | null | undefined;
  /** `amount` is greater than this value. */
  amountGT?: number | null | undefined;
  /** `amount` is at least this value. */
  amountGTE?: number | null | undefined;
  /** `amount` is one of these values (an empty list does not filter). */
  amountIn?: Array<number> | null | undefined;
  /** true: only records where `amount` is null (not recorded); false does not filter. */
  amountIsNil?: boolean | null | undefined;
  /** `amount` is less than this value. */
  amountLT?: number | null | undefined;
  /** `amount` is at most this value. */
  amountLTE?: number | null | undefined;
  /** `amount` differs from this value. */
  amountNEQ?: number | null | undefined;
  /** `amount` is none of these values (an empty list does not filter). */
  amountNotIn?: Array<number> | null | undefined;
  /** true: only records where `amount` is not null; false does not filter. */
  amountNotNil?: boolean | null | undefined;
  /** Only the records that every one of these filters matches. */
  and?: Array<LinkActivityWhereInput> | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `description` equals this value. */
  description?: string | null | undefined;
  /** `description` contains this text (case-sensitive). */
  descriptionContains?: string | null | undefined;
  /** `description` contains this text, ignoring case. */
  descriptionContainsFold?: string | null | undefined;
  /** `description` equals this text, ignoring case. */
  descriptionEqualFold?: string | null | undefined;
  /** `description` sorts after this value. */
  descriptionGT?: string | null | undefined;
  /** `description` sorts at or after this value. */
  descriptionGTE?: string | null | undefined;
  /** `description` starts with this text. */
  descriptionHasPrefix?: string | null | undefined;
  /** `description` ends with this text. */
  descriptionHasSuffix?: string | null | undefined;
  /** `description` is one of these values (an empty list does not filter). */
  descriptionIn?: Array<string> | null | undefined;
  /** true: only records where `description` is null (not recorded); false does not filter. */
  descriptionIsNil?: boolean | null | undefined;
  /** `description` sorts before this value. */
  descriptionLT?: string | null | undefined;
  /** `description` sorts at or before this value. */
  descriptionLTE?: string | null | undefined;
  /** `description` differs from this value. */
  descriptionNEQ?: string | null | undefined;
  /** `description` is none of these values (an empty list does not filter). */
  descriptionNotIn?: Array<string> | null | undefined;
  /** true: only records where `description` is not null; false does not filter. */
  descriptionNotNil?: boolean | null | undefined;
  /** true: only records that have a link; false: only those without one. */
  hasLink?: boolean | null | undefined;
  /** Only records whose link matches every one of these filters. */
  hasLinkWith?: Array<LinkWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** `kind` equals this value. */
  kind?: LinkActivityKind | null | undefined;
  /** `kind` is one of these values (an empty list does not filter). */
  kindIn?: Array<LinkActivityKind> | null | undefined;
  /** `kind` differs from this value. */
  kindNEQ?: LinkActivityKind | null | undefined;
  /** `kind` is none of these values (an empty list does not filter). */
  kindNotIn?: Array<LinkActivityKind> | null | undefined;
  /** Only the records this filter does not match. */
  not?: LinkActivityWhereInput | null | undefined;
  /** `on` equals this value. */
  on?: string | null | undefined;
  /** `on` is after this value. */
  onGT?: string | null | undefined;
  /** `on` is on or after this value. */
  onGTE?: string | null | undefined;
  /** `on` is one of these values (an empty list does not filter). */
  onIn?: Array<string> | null | undefined;
  /** `on` is before this value. */
  onLT?: string | null | undefined;
  /** `on` is on or before this value. */
  onLTE?: string | null | undefined;
  /** `on` differs from this value. */
  onNEQ?: string | null | undefined;
  /** `on` is none of these values (an empty list does not filter). */
  onNotIn?: Array<string> | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<LinkActivityWhereInput> | null | undefined;
  /** `participants` equals this value. */
  participants?: number | null | undefined;
  /** `participants` is greater than this value. */
  participantsGT?: number | null | undefined;
  /** `participants` is at least this value. */
  participantsGTE?: number | null | undefined;
  /** `participants` is one of these values (an empty list does not filter). */
  participantsIn?: Array<number> | null | undefined;
  /** true: only records where `participants` is null (not recorded); false does not filter. */
  participantsIsNil?: boolean | null | undefined;
  /** `participants` is less than this value. */
  participantsLT?: number | null | undefined;
  /** `participants` is at most this value. */
  participantsLTE?: number | null | undefined;
  /** `participants` differs from this value. */
  participantsNEQ?: number | null | undefined;
  /** `participants` is none of these values (an empty list does not filter). */
  participantsNotIn?: Array<number> | null | undefined;
  /** true: only records where `participants` is not null; false does not filter. */
  participantsNotNil?: boolean | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Link.kind: What the link is: a kind of joint construction, twinning or co-building. */
export type LinkKind =
  /** Party building along an industrial chain: units of one industry joined across villages. */
  | 'INDUSTRY_CHAIN'
  /** Military–civilian co-building ("building forts with the military and police together"): a border or police unit and a village. */
  | 'MILITARY_CIVILIAN'
  /** Urban–rural twinning ("urban and rural areas hand in hand"): an urban unit, the source, supports a relatively backward village, the target. */
  | 'URBAN_RURAL_TWINNING'
  /** Village-to-community (village-to-residence) joint construction between a village and an urban community. */
  | 'VILLAGE_COMMUNITY'
  /** Village-to-enterprise joint construction between a village and an enterprise. */
  | 'VILLAGE_ENTERPRISE'
  /** Village-to-village joint construction between two villages' organizations. */
  | 'VILLAGE_VILLAGE';

/** Link.status: Where the link stands. Network queries count every link but a PROPOSED one, by its dates. */
export type LinkStatus =
  /** In force (the default). */
  | 'ACTIVE'
  /** Ended; endedOn says when. Network queries count it on dates before endedOn. */
  | 'ENDED'
  /** Proposed, not agreed yet: network queries leave it out. */
  | 'PROPOSED'
  /** Paused. Network queries still count it within its dates. */
  | 'SUSPENDED';

/**
 * Selects Link records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type LinkWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<LinkWhereInput> | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `endedOn` equals this value. */
  endedOn?: string | null | undefined;
  /** `endedOn` is after this value. */
  endedOnGT?: string | null | undefined;
  /** `endedOn` is on or after this value. */
  endedOnGTE?: string | null | undefined;
  /** `endedOn` is one of these values (an empty list does not filter). */
  endedOnIn?: Array<string> | null | undefined;
  /** true: only records where `endedOn` is null (not recorded); false does not filter. */
  endedOnIsNil?: boolean | null | undefined;
  /** `endedOn` is before this value. */
  endedOnLT?: string | null | undefined;
  /** `endedOn` is on or before this value. */
  endedOnLTE?: string | null | undefined;
  /** `endedOn` differs from this value. */
  endedOnNEQ?: string | null | undefined;
  /** `endedOn` is none of these values (an empty list does not filter). */
  endedOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `endedOn` is not null; false does not filter. */
  endedOnNotNil?: boolean | null | undefined;
  /** `goals` equals this value. */
  goals?: string | null | undefined;
  /** `goals` contains this text (case-sensitive). */
  goalsContains?: string | null | undefined;
  /** `goals` contains this text, ignoring case. */
  goalsContainsFold?: string | null | undefined;
  /** `goals` equals this text, ignoring case. */
  goalsEqualFold?: string | null | undefined;
  /** `goals` sorts after this value. */
  goalsGT?: string | null | undefined;
  /** `goals` sorts at or after this value. */
  goalsGTE?: string | null | undefined;
  /** `goals` starts with this text. */
  goalsHasPrefix?: string | null | undefined;
  /** `goals` ends with this text. */
  goalsHasSuffix?: string | null | undefined;
  /** `goals` is one of these values (an empty list does not filter). */
  goalsIn?: Array<string> | null | undefined;
  /** true: only records where `goals` is null (not recorded); false does not filter. */
  goalsIsNil?: boolean | null | undefined;
  /** `goals` sorts before this value. */
  goalsLT?: string | null | undefined;
  /** `goals` sorts at or before this value. */
  goalsLTE?: string | null | undefined;
  /** `goals` differs from this value. */
  goalsNEQ?: string | null | undefined;
  /** `goals` is none of these values (an empty list does not filter). */
  goalsNotIn?: Array<string> | null | undefined;
  /** true: only records where `goals` is not null; false does not filter. */
  goalsNotNil?: boolean | null | undefined;
  /** true: only records with at least one of activities; false: only those with none. */
  hasActivities?: boolean | null | undefined;
  /** Only records with at least one of activities matching every one of these filters. */
  hasActivitiesWith?: Array<LinkActivityWhereInput> | null | undefined;
  /** true: only records that have a source; false: only those without one. */
  hasSource?: boolean | null | undefined;
  /** Only records whose source matches every one of these filters. */
  hasSourceWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records that have a target; false: only those without one. */
  hasTarget?: boolean | null | undefined;
  /** Only records whose target matches every one of these filters. */
  hasTargetWith?: Array<OrganizationWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only links with at least one end in an organization inside this region's subtree. */
  inRegion?: string | null | undefined;
  /** Only links with this organization at either end. */
  involves?: string | null | undefined;
  /** `kind` equals this value. */
  kind?: LinkKind | null | undefined;
  /** `kind` is one of these values (an empty list does not filter). */
  kindIn?: Array<LinkKind> | null | undefined;
  /** `kind` differs from this value. */
  kindNEQ?: LinkKind | null | undefined;
  /** `kind` is none of these values (an empty list does not filter). */
  kindNotIn?: Array<LinkKind> | null | undefined;
  /** Only the records this filter does not match. */
  not?: LinkWhereInput | null | undefined;
  /** `notes` equals this value. */
  notes?: string | null | undefined;
  /** `notes` contains this text (case-sensitive). */
  notesContains?: string | null | undefined;
  /** `notes` contains this text, ignoring case. */
  notesContainsFold?: string | null | undefined;
  /** `notes` equals this text, ignoring case. */
  notesEqualFold?: string | null | undefined;
  /** `notes` sorts after this value. */
  notesGT?: string | null | undefined;
  /** `notes` sorts at or after this value. */
  notesGTE?: string | null | undefined;
  /** `notes` starts with this text. */
  notesHasPrefix?: string | null | undefined;
  /** `notes` ends with this text. */
  notesHasSuffix?: string | null | undefined;
  /** `notes` is one of these values (an empty list does not filter). */
  notesIn?: Array<string> | null | undefined;
  /** true: only records where `notes` is null (not recorded); false does not filter. */
  notesIsNil?: boolean | null | undefined;
  /** `notes` sorts before this value. */
  notesLT?: string | null | undefined;
  /** `notes` sorts at or before this value. */
  notesLTE?: string | null | undefined;
  /** `notes` differs from this value. */
  notesNEQ?: string | null | undefined;
  /** `notes` is none of these values (an empty list does not filter). */
  notesNotIn?: Array<string> | null | undefined;
  /** true: only records where `notes` is not null; false does not filter. */
  notesNotNil?: boolean | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<LinkWhereInput> | null | undefined;
  /** `sourceReference` equals this value. */
  sourceReference?: string | null | undefined;
  /** `sourceReference` contains this text (case-sensitive). */
  sourceReferenceContains?: string | null | undefined;
  /** `sourceReference` contains this text, ignoring case. */
  sourceReferenceContainsFold?: string | null | undefined;
  /** `sourceReference` equals this text, ignoring case. */
  sourceReferenceEqualFold?: string | null | undefined;
  /** `sourceReference` sorts after this value. */
  sourceReferenceGT?: string | null | undefined;
  /** `sourceReference` sorts at or after this value. */
  sourceReferenceGTE?: string | null | undefined;
  /** `sourceReference` starts with this text. */
  sourceReferenceHasPrefix?: string | null | undefined;
  /** `sourceReference` ends with this text. */
  sourceReferenceHasSuffix?: string | null | undefined;
  /** `sourceReference` is one of these values (an empty list does not filter). */
  sourceReferenceIn?: Array<string> | null | undefined;
  /** true: only records where `sourceReference` is null (not recorded); false does not filter. */
  sourceReferenceIsNil?: boolean | null | undefined;
  /** `sourceReference` sorts before this value. */
  sourceReferenceLT?: string | null | undefined;
  /** `sourceReference` sorts at or before this value. */
  sourceReferenceLTE?: string | null | undefined;
  /** `sourceReference` differs from this value. */
  sourceReferenceNEQ?: string | null | undefined;
  /** `sourceReference` is none of these values (an empty list does not filter). */
  sourceReferenceNotIn?: Array<string> | null | undefined;
  /** true: only records where `sourceReference` is not null; false does not filter. */
  sourceReferenceNotNil?: boolean | null | undefined;
  /** Only stale twinnings (true: active, no activity in the last staleDays days), or the others (false). */
  stale?: boolean | null | undefined;
  /** `startedOn` equals this value. */
  startedOn?: string | null | undefined;
  /** `startedOn` is after this value. */
  startedOnGT?: string | null | undefined;
  /** `startedOn` is on or after this value. */
  startedOnGTE?: string | null | undefined;
  /** `startedOn` is one of these values (an empty list does not filter). */
  startedOnIn?: Array<string> | null | undefined;
  /** true: only records where `startedOn` is null (not recorded); false does not filter. */
  startedOnIsNil?: boolean | null | undefined;
  /** `startedOn` is before this value. */
  startedOnLT?: string | null | undefined;
  /** `startedOn` is on or before this value. */
  startedOnLTE?: string | null | undefined;
  /** `startedOn` differs from this value. */
  startedOnNEQ?: string | null | undefined;
  /** `startedOn` is none of these values (an empty list does not filter). */
  startedOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `startedOn` is not null; false does not filter. */
  startedOnNotNil?: boolean | null | undefined;
  /** `status` equals this value. */
  status?: LinkStatus | null | undefined;
  /** `status` is one of these values (an empty list does not filter). */
  statusIn?: Array<LinkStatus> | null | undefined;
  /** `status` differs from this value. */
  statusNEQ?: LinkStatus | null | undefined;
  /** `status` is none of these values (an empty list does not filter). */
  statusNotIn?: Array<LinkStatus> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** The kind of an edge of the organization network: a link kind, or a hierarchy edge. */
export type NetworkEdgeKind =
  /** From the organization a party organization is set up in to that party organization. */
  | 'HOST'
  /** An INDUSTRY_CHAIN link (see LinkKind). */
  | 'INDUSTRY_CHAIN'
  /** A MILITARY_CIVILIAN link (see LinkKind). */
  | 'MILITARY_CIVILIAN'
  /** Party hierarchy: from the next-higher party organization (source) to the one under it (target). */
  | 'PARENT'
  /** An URBAN_RURAL_TWINNING link (see LinkKind). */
  | 'URBAN_RURAL_TWINNING'
  /** A VILLAGE_COMMUNITY link (see LinkKind). */
  | 'VILLAGE_COMMUNITY'
  /** A VILLAGE_ENTERPRISE link (see LinkKind). */
  | 'VILLAGE_ENTERPRISE'
  /** A VILLAGE_VILLAGE link (see LinkKind). */
  | 'VILLAGE_VILLAGE';

/** Organization.kind: What the organization is. The three PARTY_ kinds are party organizations; the others are the units around them. */
export type OrganizationKind =
  /** Army, armed-police or border-police unit: the partner in military–civilian co-building. */
  | 'BORDER_UNIT'
  /** Village collective economic organization. */
  | 'COLLECTIVE_ECONOMY'
  /** College or university. */
  | 'COLLEGE'
  /** Farmers' specialized cooperative. */
  | 'COOPERATIVE'
  /** Enterprise. */
  | 'ENTERPRISE'
  /** Party or government organ (a department or bureau): an urban unit that can twin with villages. */
  | 'GOVERNMENT_ORGAN'
  /** Another mass organization, such as an association or federation. */
  | 'MASS_ORGANIZATION'
  /** Militia company or unit. */
  | 'MILITIA'
  /** Party branch, the basic party organization (such as a village party branch). */
  | 'PARTY_BRANCH'
  /** Party committee: a township's, or a large village's or unit's, party organization. */
  | 'PARTY_COMMITTEE'
  /** Party general branch: a party organization with branches under it. */
  | 'PARTY_GENERAL_BRANCH'
  /** Public institution, such as a school, hospital or research institute. */
  | 'PUBLIC_INSTITUTION'
  /** Urban community: a partner of villages in village–community joint construction. */
  | 'URBAN_COMMUNITY'
  /** Villagers' committee: the village's self-governing body; with the village party organization it forms the village "two committees". */
  | 'VILLAGERS_COMMITTEE'
  /** Women's congress: the village-level women's organization. */
  | 'WOMENS_CONGRESS'
  /** Communist Youth League organization. */
  | 'YOUTH_LEAGUE';

/** Organization.setting: Where a party organization is set up; only party organizations have one, and it is null for the others. */
export type OrganizationSetting =
  /** In an urban community. */
  | 'COMMUNITY'
  /** In a cooperative, which is then its host. */
  | 'COOPERATIVE'
  /** In an enterprise, which is then its host. */
  | 'ENTERPRISE'
  /** Along an industrial chain: joins the party members of one industry across villages and units. */
  | 'INDUSTRY_CHAIN'
  /** Joint: one party organization for several small units or villages. */
  | 'JOINT'
  /** Of mobile party members: members working away from home, organized where they work. */
  | 'MIGRANT'
  /** In a village: the village party organization. */
  | 'VILLAGE';

/** Organization.status: Whether the organization still exists. */
export type OrganizationStatus =
  /** Exists. */
  | 'ACTIVE'
  /** Dissolved. It stays in the network, where its links drop out by their own dates and status. */
  | 'DISSOLVED';

/**
 * Selects Organization records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type OrganizationWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<OrganizationWhereInput> | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `creditCode` equals this value. */
  creditCode?: string | null | undefined;
  /** `creditCode` contains this text (case-sensitive). */
  creditCodeContains?: string | null | undefined;
  /** `creditCode` contains this text, ignoring case. */
  creditCodeContainsFold?: string | null | undefined;
  /** `creditCode` equals this text, ignoring case. */
  creditCodeEqualFold?: string | null | undefined;
  /** `creditCode` sorts after this value. */
  creditCodeGT?: string | null | undefined;
  /** `creditCode` sorts at or after this value. */
  creditCodeGTE?: string | null | undefined;
  /** `creditCode` starts with this text. */
  creditCodeHasPrefix?: string | null | undefined;
  /** `creditCode` ends with this text. */
  creditCodeHasSuffix?: string | null | undefined;
  /** `creditCode` is one of these values (an empty list does not filter). */
  creditCodeIn?: Array<string> | null | undefined;
  /** true: only records where `creditCode` is null (not recorded); false does not filter. */
  creditCodeIsNil?: boolean | null | undefined;
  /** `creditCode` sorts before this value. */
  creditCodeLT?: string | null | undefined;
  /** `creditCode` sorts at or before this value. */
  creditCodeLTE?: string | null | undefined;
  /** `creditCode` differs from this value. */
  creditCodeNEQ?: string | null | undefined;
  /** `creditCode` is none of these values (an empty list does not filter). */
  creditCodeNotIn?: Array<string> | null | undefined;
  /** true: only records where `creditCode` is not null; false does not filter. */
  creditCodeNotNil?: boolean | null | undefined;
  /** `dissolvedOn` equals this value. */
  dissolvedOn?: string | null | undefined;
  /** `dissolvedOn` is after this value. */
  dissolvedOnGT?: string | null | undefined;
  /** `dissolvedOn` is on or after this value. */
  dissolvedOnGTE?: string | null | undefined;
  /** `dissolvedOn` is one of these values (an empty list does not filter). */
  dissolvedOnIn?: Array<string> | null | undefined;
  /** true: only records where `dissolvedOn` is null (not recorded); false does not filter. */
  dissolvedOnIsNil?: boolean | null | undefined;
  /** `dissolvedOn` is before this value. */
  dissolvedOnLT?: string | null | undefined;
  /** `dissolvedOn` is on or before this value. */
  dissolvedOnLTE?: string | null | undefined;
  /** `dissolvedOn` differs from this value. */
  dissolvedOnNEQ?: string | null | undefined;
  /** `dissolvedOn` is none of these values (an empty list does not filter). */
  dissolvedOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `dissolvedOn` is not null; false does not filter. */
  dissolvedOnNotNil?: boolean | null | undefined;
  /** `foundedOn` equals this value. */
  foundedOn?: string | null | undefined;
  /** `foundedOn` is after this value. */
  foundedOnGT?: string | null | undefined;
  /** `foundedOn` is on or after this value. */
  foundedOnGTE?: string | null | undefined;
  /** `foundedOn` is one of these values (an empty list does not filter). */
  foundedOnIn?: Array<string> | null | undefined;
  /** true: only records where `foundedOn` is null (not recorded); false does not filter. */
  foundedOnIsNil?: boolean | null | undefined;
  /** `foundedOn` is before this value. */
  foundedOnLT?: string | null | undefined;
  /** `foundedOn` is on or before this value. */
  foundedOnLTE?: string | null | undefined;
  /** `foundedOn` differs from this value. */
  foundedOnNEQ?: string | null | undefined;
  /** `foundedOn` is none of these values (an empty list does not filter). */
  foundedOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `foundedOn` is not null; false does not filter. */
  foundedOnNotNil?: boolean | null | undefined;
  /** true: only records with at least one of appraisals; false: only those with none. */
  hasAppraisals?: boolean | null | undefined;
  /** Only records with at least one of appraisals matching every one of these filters. */
  hasAppraisalsWith?: Array<AppraisalWhereInput> | null | undefined;
  /** true: only records with at least one of children; false: only those with none. */
  hasChildren?: boolean | null | undefined;
  /** Only records with at least one of children matching every one of these filters. */
  hasChildrenWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records with at least one of commendations; false: only those with none. */
  hasCommendations?: boolean | null | undefined;
  /** Only records with at least one of commendations matching every one of these filters. */
  hasCommendationsWith?: Array<CommendationWhereInput> | null | undefined;
  /** true: only records that have a host; false: only those without one. */
  hasHost?: boolean | null | undefined;
  /** Only records whose host matches every one of these filters. */
  hasHostWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records that have a parent; false: only those without one. */
  hasParent?: boolean | null | undefined;
  /** Only records whose parent matches every one of these filters. */
  hasParentWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records with at least one of positions; false: only those with none. */
  hasPositions?: boolean | null | undefined;
  /** Only records with at least one of positions matching every one of these filters. */
  hasPositionsWith?: Array<PositionWhereInput> | null | undefined;
  /** true: only records with at least one of projects; false: only those with none. */
  hasProjects?: boolean | null | undefined;
  /** Only records with at least one of projects matching every one of these filters. */
  hasProjectsWith?: Array<ProjectWhereInput> | null | undefined;
  /** true: only records that have a region; false: only those without one. */
  hasRegion?: boolean | null | undefined;
  /** Only records whose region matches every one of these filters. */
  hasRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** Only urban units with a twinning place left (true), or with a capacity and none left (false). */
  hasTwinningRoom?: boolean | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only organizations whose region lies in this region's subtree (the region included). */
  inRegion?: string | null | undefined;
  /** `industry` equals this value. */
  industry?: string | null | undefined;
  /** `industry` contains this text (case-sensitive). */
  industryContains?: string | null | undefined;
  /** `industry` contains this text, ignoring case. */
  industryContainsFold?: string | null | undefined;
  /** `industry` equals this text, ignoring case. */
  industryEqualFold?: string | null | undefined;
  /** `industry` sorts after this value. */
  industryGT?: string | null | undefined;
  /** `industry` sorts at or after this value. */
  industryGTE?: string | null | undefined;
  /** `industry` starts with this text. */
  industryHasPrefix?: string | null | undefined;
  /** `industry` ends with this text. */
  industryHasSuffix?: string | null | undefined;
  /** `industry` is one of these values (an empty list does not filter). */
  industryIn?: Array<string> | null | undefined;
  /** true: only records where `industry` is null (not recorded); false does not filter. */
  industryIsNil?: boolean | null | undefined;
  /** `industry` sorts before this value. */
  industryLT?: string | null | undefined;
  /** `industry` sorts at or before this value. */
  industryLTE?: string | null | undefined;
  /** `industry` differs from this value. */
  industryNEQ?: string | null | undefined;
  /** `industry` is none of these values (an empty list does not filter). */
  industryNotIn?: Array<string> | null | undefined;
  /** true: only records where `industry` is not null; false does not filter. */
  industryNotNil?: boolean | null | undefined;
  /** `kind` equals this value. */
  kind?: OrganizationKind | null | undefined;
  /** `kind` is one of these values (an empty list does not filter). */
  kindIn?: Array<OrganizationKind> | null | undefined;
  /** `kind` differs from this value. */
  kindNEQ?: OrganizationKind | null | undefined;
  /** `kind` is none of these values (an empty list does not filter). */
  kindNotIn?: Array<OrganizationKind> | null | undefined;
  /** `name` equals this value. */
  name?: string | null | undefined;
  /** `name` contains this text (case-sensitive). */
  nameContains?: string | null | undefined;
  /** `name` contains this text, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals this text, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after this value. */
  nameGT?: string | null | undefined;
  /** `name` sorts at or after this value. */
  nameGTE?: string | null | undefined;
  /** `name` starts with this text. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with this text. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of these values (an empty list does not filter). */
  nameIn?: Array<string> | null | undefined;
  /** `name` sorts before this value. */
  nameLT?: string | null | undefined;
  /** `name` sorts at or before this value. */
  nameLTE?: string | null | undefined;
  /** `nameLatin` equals this value. */
  nameLatin?: string | null | undefined;
  /** `nameLatin` contains this text (case-sensitive). */
  nameLatinContains?: string | null | undefined;
  /** `nameLatin` contains this text, ignoring case. */
  nameLatinContainsFold?: string | null | undefined;
  /** `nameLatin` equals this text, ignoring case. */
  nameLatinEqualFold?: string | null | undefined;
  /** `nameLatin` sorts after this value. */
  nameLatinGT?: string | null | undefined;
  /** `nameLatin` sorts at or after this value. */
  nameLatinGTE?: string | null | undefined;
  /** `nameLatin` starts with this text. */
  nameLatinHasPrefix?: string | null | undefined;
  /** `nameLatin` ends with this text. */
  nameLatinHasSuffix?: string | null | undefined;
  /** `nameLatin` is one of these values (an empty list does not filter). */
  nameLatinIn?: Array<string> | null | undefined;
  /** true: only records where `nameLatin` is null (not recorded); false does not filter. */
  nameLatinIsNil?: boolean | null | undefined;
  /** `nameLatin` sorts before this value. */
  nameLatinLT?: string | null | undefined;
  /** `nameLatin` sorts at or before this value. */
  nameLatinLTE?: string | null | undefined;
  /** `nameLatin` differs from this value. */
  nameLatinNEQ?: string | null | undefined;
  /** `nameLatin` is none of these values (an empty list does not filter). */
  nameLatinNotIn?: Array<string> | null | undefined;
  /** true: only records where `nameLatin` is not null; false does not filter. */
  nameLatinNotNil?: boolean | null | undefined;
  /** `name` differs from this value. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of these values (an empty list does not filter). */
  nameNotIn?: Array<string> | null | undefined;
  /** Only the records this filter does not match. */
  not?: OrganizationWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<OrganizationWhereInput> | null | undefined;
  /** `setting` equals this value. */
  setting?: OrganizationSetting | null | undefined;
  /** `setting` is one of these values (an empty list does not filter). */
  settingIn?: Array<OrganizationSetting> | null | undefined;
  /** true: only records where `setting` is null (not recorded); false does not filter. */
  settingIsNil?: boolean | null | undefined;
  /** `setting` differs from this value. */
  settingNEQ?: OrganizationSetting | null | undefined;
  /** `setting` is none of these values (an empty list does not filter). */
  settingNotIn?: Array<OrganizationSetting> | null | undefined;
  /** true: only records where `setting` is not null; false does not filter. */
  settingNotNil?: boolean | null | undefined;
  /** `status` equals this value. */
  status?: OrganizationStatus | null | undefined;
  /** `status` is one of these values (an empty list does not filter). */
  statusIn?: Array<OrganizationStatus> | null | undefined;
  /** `status` differs from this value. */
  statusNEQ?: OrganizationStatus | null | undefined;
  /** `status` is none of these values (an empty list does not filter). */
  statusNotIn?: Array<OrganizationStatus> | null | undefined;
  /** Only organizations at an end of an active twinning today (true), or of none (false). */
  twinned?: boolean | null | undefined;
  /** `twinningCapacity` equals this value. */
  twinningCapacity?: number | null | undefined;
  /** `twinningCapacity` is greater than this value. */
  twinningCapacityGT?: number | null | undefined;
  /** `twinningCapacity` is at least this value. */
  twinningCapacityGTE?: number | null | undefined;
  /** `twinningCapacity` is one of these values (an empty list does not filter). */
  twinningCapacityIn?: Array<number> | null | undefined;
  /** true: only records where `twinningCapacity` is null (not recorded); false does not filter. */
  twinningCapacityIsNil?: boolean | null | undefined;
  /** `twinningCapacity` is less than this value. */
  twinningCapacityLT?: number | null | undefined;
  /** `twinningCapacity` is at most this value. */
  twinningCapacityLTE?: number | null | undefined;
  /** `twinningCapacity` differs from this value. */
  twinningCapacityNEQ?: number | null | undefined;
  /** `twinningCapacity` is none of these values (an empty list does not filter). */
  twinningCapacityNotIn?: Array<number> | null | undefined;
  /** true: only records where `twinningCapacity` is not null; false does not filter. */
  twinningCapacityNotNil?: boolean | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Where a person comes from (the pools the seed document selects cadres from). */
export type PersonBackground =
  /** Officer of an army, armed-police or border-police unit. */
  | 'BORDER_OFFICER'
  /** College graduate (graduates hired as village officials hold an ASSISTANT post). */
  | 'COLLEGE_GRADUATE'
  /** Leads a farmers' cooperative. */
  | 'COOPERATIVE_LEADER'
  /** Manages, or has managed, an enterprise. */
  | 'ENTERPRISE_MANAGER'
  /** Farmer broker: buys and sells farm produce for other villagers. */
  | 'FARMER_BROKER'
  /** Works, or has worked, away from home as a migrant worker. */
  | 'MIGRANT_WORKER'
  /** Cadre of a party or government organ or a public institution, such as one sent from a county or township organ. */
  | 'ORGAN_CADRE'
  /** Retired from an organ, institution or enterprise. */
  | 'RETIREE'
  /** Came home to start work or a business after working or doing business elsewhere. */
  | 'RETURNEE'
  /** Rich expert: a villager who prospered and leads others in getting rich. */
  | 'RICH_EXPERT'
  /** Demobilized or retired soldier. */
  | 'VETERAN'
  /** Has served as a village cadre. */
  | 'VILLAGE_CADRE';

/** Person.education: Highest education completed; null when not recorded. */
export type PersonEducation =
  /** Bachelor's degree. */
  | 'BACHELOR'
  /** Junior college: a three-year tertiary diploma (dazhuan). */
  | 'JUNIOR_COLLEGE'
  /** Junior middle school. */
  | 'JUNIOR_HIGH'
  /** Master's degree or doctorate. */
  | 'POSTGRADUATE'
  /** Primary school. */
  | 'PRIMARY'
  /** Senior high school, or secondary vocational school. */
  | 'SENIOR_HIGH';

/** Person.gender: Gender; null when not recorded. */
export type PersonGender =
  /** Female. */
  | 'FEMALE'
  /** Male. */
  | 'MALE';

/** Person.politicalStatus: Standing towards the Party, from the masses through the steps of admission to full membership. */
export type PersonPoliticalStatus =
  /** Activist applying to join the Party: an applicant the party organization has taken on as an activist. */
  | 'ACTIVIST'
  /** Has applied to join the Party. */
  | 'APPLICANT'
  /** Development target: an activist chosen for admission, the step before probationary membership. */
  | 'DEVELOPMENT_TARGET'
  /** Not a party member and not applying ("the masses"); the default. */
  | 'MASSES'
  /** Full party member. */
  | 'MEMBER'
  /** Probationary party member, admitted but not yet full. */
  | 'PROBATIONARY';

/**
 * Selects Person records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type PersonWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<PersonWhereInput> | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `currentLocation` equals this value. */
  currentLocation?: string | null | undefined;
  /** `currentLocation` contains this text (case-sensitive). */
  currentLocationContains?: string | null | undefined;
  /** `currentLocation` contains this text, ignoring case. */
  currentLocationContainsFold?: string | null | undefined;
  /** `currentLocation` equals this text, ignoring case. */
  currentLocationEqualFold?: string | null | undefined;
  /** `currentLocation` sorts after this value. */
  currentLocationGT?: string | null | undefined;
  /** `currentLocation` sorts at or after this value. */
  currentLocationGTE?: string | null | undefined;
  /** `currentLocation` starts with this text. */
  currentLocationHasPrefix?: string | null | undefined;
  /** `currentLocation` ends with this text. */
  currentLocationHasSuffix?: string | null | undefined;
  /** `currentLocation` is one of these values (an empty list does not filter). */
  currentLocationIn?: Array<string> | null | undefined;
  /** true: only records where `currentLocation` is null (not recorded); false does not filter. */
  currentLocationIsNil?: boolean | null | undefined;
  /** `currentLocation` sorts before this value. */
  currentLocationLT?: string | null | undefined;
  /** `currentLocation` sorts at or before this value. */
  currentLocationLTE?: string | null | undefined;
  /** `currentLocation` differs from this value. */
  currentLocationNEQ?: string | null | undefined;
  /** `currentLocation` is none of these values (an empty list does not filter). */
  currentLocationNotIn?: Array<string> | null | undefined;
  /** true: only records where `currentLocation` is not null; false does not filter. */
  currentLocationNotNil?: boolean | null | undefined;
  /** `education` equals this value. */
  education?: PersonEducation | null | undefined;
  /** `education` is one of these values (an empty list does not filter). */
  educationIn?: Array<PersonEducation> | null | undefined;
  /** true: only records where `education` is null (not recorded); false does not filter. */
  educationIsNil?: boolean | null | undefined;
  /** `education` differs from this value. */
  educationNEQ?: PersonEducation | null | undefined;
  /** `education` is none of these values (an empty list does not filter). */
  educationNotIn?: Array<PersonEducation> | null | undefined;
  /** true: only records where `education` is not null; false does not filter. */
  educationNotNil?: boolean | null | undefined;
  /** `endowmentInsuredSince` equals this value. */
  endowmentInsuredSince?: string | null | undefined;
  /** `endowmentInsuredSince` is after this value. */
  endowmentInsuredSinceGT?: string | null | undefined;
  /** `endowmentInsuredSince` is on or after this value. */
  endowmentInsuredSinceGTE?: string | null | undefined;
  /** `endowmentInsuredSince` is one of these values (an empty list does not filter). */
  endowmentInsuredSinceIn?: Array<string> | null | undefined;
  /** true: only records where `endowmentInsuredSince` is null (not recorded); false does not filter. */
  endowmentInsuredSinceIsNil?: boolean | null | undefined;
  /** `endowmentInsuredSince` is before this value. */
  endowmentInsuredSinceLT?: string | null | undefined;
  /** `endowmentInsuredSince` is on or before this value. */
  endowmentInsuredSinceLTE?: string | null | undefined;
  /** `endowmentInsuredSince` differs from this value. */
  endowmentInsuredSinceNEQ?: string | null | undefined;
  /** `endowmentInsuredSince` is none of these values (an empty list does not filter). */
  endowmentInsuredSinceNotIn?: Array<string> | null | undefined;
  /** true: only records where `endowmentInsuredSince` is not null; false does not filter. */
  endowmentInsuredSinceNotNil?: boolean | null | undefined;
  /** `ethnicity` equals this value. */
  ethnicity?: string | null | undefined;
  /** `ethnicity` contains this text (case-sensitive). */
  ethnicityContains?: string | null | undefined;
  /** `ethnicity` contains this text, ignoring case. */
  ethnicityContainsFold?: string | null | undefined;
  /** `ethnicity` equals this text, ignoring case. */
  ethnicityEqualFold?: string | null | undefined;
  /** `ethnicity` sorts after this value. */
  ethnicityGT?: string | null | undefined;
  /** `ethnicity` sorts at or after this value. */
  ethnicityGTE?: string | null | undefined;
  /** `ethnicity` starts with this text. */
  ethnicityHasPrefix?: string | null | undefined;
  /** `ethnicity` ends with this text. */
  ethnicityHasSuffix?: string | null | undefined;
  /** `ethnicity` is one of these values (an empty list does not filter). */
  ethnicityIn?: Array<string> | null | undefined;
  /** true: only records where `ethnicity` is null (not recorded); false does not filter. */
  ethnicityIsNil?: boolean | null | undefined;
  /** `ethnicity` sorts before this value. */
  ethnicityLT?: string | null | undefined;
  /** `ethnicity` sorts at or before this value. */
  ethnicityLTE?: string | null | undefined;
  /** `ethnicity` differs from this value. */
  ethnicityNEQ?: string | null | undefined;
  /** `ethnicity` is none of these values (an empty list does not filter). */
  ethnicityNotIn?: Array<string> | null | undefined;
  /** true: only records where `ethnicity` is not null; false does not filter. */
  ethnicityNotNil?: boolean | null | undefined;
  /** `gender` equals this value. */
  gender?: PersonGender | null | undefined;
  /** `gender` is one of these values (an empty list does not filter). */
  genderIn?: Array<PersonGender> | null | undefined;
  /** true: only records where `gender` is null (not recorded); false does not filter. */
  genderIsNil?: boolean | null | undefined;
  /** `gender` differs from this value. */
  genderNEQ?: PersonGender | null | undefined;
  /** `gender` is none of these values (an empty list does not filter). */
  genderNotIn?: Array<PersonGender> | null | undefined;
  /** true: only records where `gender` is not null; false does not filter. */
  genderNotNil?: boolean | null | undefined;
  /** true: only records with at least one of appraisals; false: only those with none. */
  hasAppraisals?: boolean | null | undefined;
  /** Only records with at least one of appraisals matching every one of these filters. */
  hasAppraisalsWith?: Array<AppraisalWhereInput> | null | undefined;
  /** true: only records with at least one of attendances; false: only those with none. */
  hasAttendances?: boolean | null | undefined;
  /** Only records with at least one of attendances matching every one of these filters. */
  hasAttendancesWith?: Array<TrainingAttendanceWhereInput> | null | undefined;
  /** Only people with this background. */
  hasBackground?: PersonBackground | null | undefined;
  /** true: only records with at least one of commendations; false: only those with none. */
  hasCommendations?: boolean | null | undefined;
  /** Only records with at least one of commendations matching every one of these filters. */
  hasCommendationsWith?: Array<CommendationWhereInput> | null | undefined;
  /** true: only records that have a homeRegion; false: only those without one. */
  hasHomeRegion?: boolean | null | undefined;
  /** Only records whose homeRegion matches every one of these filters. */
  hasHomeRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** true: only records with at least one of ledProjects; false: only those with none. */
  hasLedProjects?: boolean | null | undefined;
  /** Only records with at least one of ledProjects matching every one of these filters. */
  hasLedProjectsWith?: Array<ProjectWhereInput> | null | undefined;
  /** true: only records with at least one of positions; false: only those with none. */
  hasPositions?: boolean | null | undefined;
  /** Only records with at least one of positions matching every one of these filters. */
  hasPositionsWith?: Array<PositionWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only people whose home region lies in this region's subtree. */
  inRegion?: string | null | undefined;
  /** `joinedPartyOn` equals this value. */
  joinedPartyOn?: string | null | undefined;
  /** `joinedPartyOn` is after this value. */
  joinedPartyOnGT?: string | null | undefined;
  /** `joinedPartyOn` is on or after this value. */
  joinedPartyOnGTE?: string | null | undefined;
  /** `joinedPartyOn` is one of these values (an empty list does not filter). */
  joinedPartyOnIn?: Array<string> | null | undefined;
  /** true: only records where `joinedPartyOn` is null (not recorded); false does not filter. */
  joinedPartyOnIsNil?: boolean | null | undefined;
  /** `joinedPartyOn` is before this value. */
  joinedPartyOnLT?: string | null | undefined;
  /** `joinedPartyOn` is on or before this value. */
  joinedPartyOnLTE?: string | null | undefined;
  /** `joinedPartyOn` differs from this value. */
  joinedPartyOnNEQ?: string | null | undefined;
  /** `joinedPartyOn` is none of these values (an empty list does not filter). */
  joinedPartyOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `joinedPartyOn` is not null; false does not filter. */
  joinedPartyOnNotNil?: boolean | null | undefined;
  /** `migrant` equals this value. */
  migrant?: boolean | null | undefined;
  /** `migrant` differs from this value. */
  migrantNEQ?: boolean | null | undefined;
  /** `name` equals this value. */
  name?: string | null | undefined;
  /** `name` contains this text (case-sensitive). */
  nameContains?: string | null | undefined;
  /** `name` contains this text, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals this text, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after this value. */
  nameGT?: string | null | undefined;
  /** `name` sorts at or after this value. */
  nameGTE?: string | null | undefined;
  /** `name` starts with this text. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with this text. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of these values (an empty list does not filter). */
  nameIn?: Array<string> | null | undefined;
  /** `name` sorts before this value. */
  nameLT?: string | null | undefined;
  /** `name` sorts at or before this value. */
  nameLTE?: string | null | undefined;
  /** `nameLatin` equals this value. */
  nameLatin?: string | null | undefined;
  /** `nameLatin` contains this text (case-sensitive). */
  nameLatinContains?: string | null | undefined;
  /** `nameLatin` contains this text, ignoring case. */
  nameLatinContainsFold?: string | null | undefined;
  /** `nameLatin` equals this text, ignoring case. */
  nameLatinEqualFold?: string | null | undefined;
  /** `nameLatin` sorts after this value. */
  nameLatinGT?: string | null | undefined;
  /** `nameLatin` sorts at or after this value. */
  nameLatinGTE?: string | null | undefined;
  /** `nameLatin` starts with this text. */
  nameLatinHasPrefix?: string | null | undefined;
  /** `nameLatin` ends with this text. */
  nameLatinHasSuffix?: string | null | undefined;
  /** `nameLatin` is one of these values (an empty list does not filter). */
  nameLatinIn?: Array<string> | null | undefined;
  /** true: only records where `nameLatin` is null (not recorded); false does not filter. */
  nameLatinIsNil?: boolean | null | undefined;
  /** `nameLatin` sorts before this value. */
  nameLatinLT?: string | null | undefined;
  /** `nameLatin` sorts at or before this value. */
  nameLatinLTE?: string | null | undefined;
  /** `nameLatin` differs from this value. */
  nameLatinNEQ?: string | null | undefined;
  /** `nameLatin` is none of these values (an empty list does not filter). */
  nameLatinNotIn?: Array<string> | null | undefined;
  /** true: only records where `nameLatin` is not null; false does not filter. */
  nameLatinNotNil?: boolean | null | undefined;
  /** `name` differs from this value. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of these values (an empty list does not filter). */
  nameNotIn?: Array<string> | null | undefined;
  /** Only the records this filter does not match. */
  not?: PersonWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<PersonWhereInput> | null | undefined;
  /** `politicalStatus` equals this value. */
  politicalStatus?: PersonPoliticalStatus | null | undefined;
  /** `politicalStatus` is one of these values (an empty list does not filter). */
  politicalStatusIn?: Array<PersonPoliticalStatus> | null | undefined;
  /** `politicalStatus` differs from this value. */
  politicalStatusNEQ?: PersonPoliticalStatus | null | undefined;
  /** `politicalStatus` is none of these values (an empty list does not filter). */
  politicalStatusNotIn?: Array<PersonPoliticalStatus> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Position.role: The post held. SECRETARY, DIRECTOR and HEAD are the leader posts (Organization.currentLeaders). */
export type PositionRole =
  /** College-graduate village official: a graduate hired to assist a village's two committees, as assistant to the party secretary or the villagers' committee director, for up to three years. */
  | 'ASSISTANT'
  /** A seat on the leadership: member of a party organization's committee or of the villagers' committee. */
  | 'COMMITTEE_MEMBER'
  /** Deputy director (vice chair). */
  | 'DEPUTY_DIRECTOR'
  /** Deputy secretary of a party organization. */
  | 'DEPUTY_SECRETARY'
  /** Director (chair) of a villagers' committee, cooperative or collective economy. */
  | 'DIRECTOR'
  /** First secretary: a cadre sent by a party or government organ to lead a village party organization for a term, beside its own secretary. */
  | 'FIRST_SECRETARY'
  /** Head of another unit: the youth league's secretary, the women's congress's chair, the militia's commander, or the head of a collective economy, organ or border unit. */
  | 'HEAD'
  /** Ordinary member of the organization (such as a party member of a branch), with no leadership seat. */
  | 'MEMBER'
  /** Part-time member of a party committee from outside it, such as a border officer on a border township's or village's committee. */
  | 'PART_TIME_MEMBER'
  /** Reserve village cadre: a young talent trained to take over village posts later; not in office. */
  | 'RESERVE_CADRE'
  /** Secretary of a party organization: for a village, the village party secretary. */
  | 'SECRETARY';

/** Position.selectionMethod: How the person came to the post; null when not recorded. */
export type PositionSelectionMethod =
  /** Hired through the college-graduate village official program. */
  | 'COLLEGE_GRADUATE_HIRE'
  /** Serving across villages: a capable cadre of one village takes the post in another. */
  | 'CROSS_VILLAGE'
  /** Direct election by all the members (party members, or villagers). */
  | 'DIRECT_ELECTION'
  /** Open selection from society at large: applicants from outside the village compete. */
  | 'OPEN_SELECTION'
  /** Public recommendation and direct election: candidates openly recommended by party members and the public, then elected directly by the party members. */
  | 'PUBLIC_RECOMMENDATION_DIRECT_ELECTION'
  /** Sent to the post by a county or township organ or another unit, as first secretaries and officers are. */
  | 'SENT_BY_ORGAN'
  /** Appointed by the township party committee. */
  | 'TOWNSHIP_APPOINTMENT'
  /** Two recommendations, one election: candidates recommended by the party members and by the villagers, then elected by the party members. */
  | 'TWO_RECOMMENDATIONS_ONE_ELECTION';

/**
 * Selects Position records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type PositionWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<PositionWhereInput> | null | undefined;
  /** `basicRemuneration` equals this value. */
  basicRemuneration?: number | null | undefined;
  /** `basicRemuneration` is greater than this value. */
  basicRemunerationGT?: number | null | undefined;
  /** `basicRemuneration` is at least this value. */
  basicRemunerationGTE?: number | null | undefined;
  /** `basicRemuneration` is one of these values (an empty list does not filter). */
  basicRemunerationIn?: Array<number> | null | undefined;
  /** true: only records where `basicRemuneration` is null (not recorded); false does not filter. */
  basicRemunerationIsNil?: boolean | null | undefined;
  /** `basicRemuneration` is less than this value. */
  basicRemunerationLT?: number | null | undefined;
  /** `basicRemuneration` is at most this value. */
  basicRemunerationLTE?: number | null | undefined;
  /** `basicRemuneration` differs from this value. */
  basicRemunerationNEQ?: number | null | undefined;
  /** `basicRemuneration` is none of these values (an empty list does not filter). */
  basicRemunerationNotIn?: Array<number> | null | undefined;
  /** true: only records where `basicRemuneration` is not null; false does not filter. */
  basicRemunerationNotNil?: boolean | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `endedOn` equals this value. */
  endedOn?: string | null | undefined;
  /** `endedOn` is after this value. */
  endedOnGT?: string | null | undefined;
  /** `endedOn` is on or after this value. */
  endedOnGTE?: string | null | undefined;
  /** `endedOn` is one of these values (an empty list does not filter). */
  endedOnIn?: Array<string> | null | undefined;
  /** true: only records where `endedOn` is null (not recorded); false does not filter. */
  endedOnIsNil?: boolean | null | undefined;
  /** `endedOn` is before this value. */
  endedOnLT?: string | null | undefined;
  /** `endedOn` is on or before this value. */
  endedOnLTE?: string | null | undefined;
  /** `endedOn` differs from this value. */
  endedOnNEQ?: string | null | undefined;
  /** `endedOn` is none of these values (an empty list does not filter). */
  endedOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `endedOn` is not null; false does not filter. */
  endedOnNotNil?: boolean | null | undefined;
  /** true: only records that have a organization; false: only those without one. */
  hasOrganization?: boolean | null | undefined;
  /** Only records whose organization matches every one of these filters. */
  hasOrganizationWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records that have a person; false: only those without one. */
  hasPerson?: boolean | null | undefined;
  /** Only records whose person matches every one of these filters. */
  hasPersonWith?: Array<PersonWhereInput> | null | undefined;
  /** Only posts held on this date (started on or before, not ended by it). */
  heldOn?: string | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only posts in organizations inside this region's subtree. */
  inRegion?: string | null | undefined;
  /** Only the records this filter does not match. */
  not?: PositionWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<PositionWhereInput> | null | undefined;
  /** `role` equals this value. */
  role?: PositionRole | null | undefined;
  /** `role` is one of these values (an empty list does not filter). */
  roleIn?: Array<PositionRole> | null | undefined;
  /** `role` differs from this value. */
  roleNEQ?: PositionRole | null | undefined;
  /** `role` is none of these values (an empty list does not filter). */
  roleNotIn?: Array<PositionRole> | null | undefined;
  /** `selectionMethod` equals this value. */
  selectionMethod?: PositionSelectionMethod | null | undefined;
  /** `selectionMethod` is one of these values (an empty list does not filter). */
  selectionMethodIn?: Array<PositionSelectionMethod> | null | undefined;
  /** true: only records where `selectionMethod` is null (not recorded); false does not filter. */
  selectionMethodIsNil?: boolean | null | undefined;
  /** `selectionMethod` differs from this value. */
  selectionMethodNEQ?: PositionSelectionMethod | null | undefined;
  /** `selectionMethod` is none of these values (an empty list does not filter). */
  selectionMethodNotIn?: Array<PositionSelectionMethod> | null | undefined;
  /** true: only records where `selectionMethod` is not null; false does not filter. */
  selectionMethodNotNil?: boolean | null | undefined;
  /** `startedOn` equals this value. */
  startedOn?: string | null | undefined;
  /** `startedOn` is after this value. */
  startedOnGT?: string | null | undefined;
  /** `startedOn` is on or after this value. */
  startedOnGTE?: string | null | undefined;
  /** `startedOn` is one of these values (an empty list does not filter). */
  startedOnIn?: Array<string> | null | undefined;
  /** true: only records where `startedOn` is null (not recorded); false does not filter. */
  startedOnIsNil?: boolean | null | undefined;
  /** `startedOn` is before this value. */
  startedOnLT?: string | null | undefined;
  /** `startedOn` is on or before this value. */
  startedOnLTE?: string | null | undefined;
  /** `startedOn` differs from this value. */
  startedOnNEQ?: string | null | undefined;
  /** `startedOn` is none of these values (an empty list does not filter). */
  startedOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `startedOn` is not null; false does not filter. */
  startedOnNotNil?: boolean | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/**
 * Selects ProjectIncome records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type ProjectIncomeWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<ProjectIncomeWhereInput> | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** true: only records that have a project; false: only those without one. */
  hasProject?: boolean | null | undefined;
  /** Only records whose project matches every one of these filters. */
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** `income` equals this value. */
  income?: number | null | undefined;
  /** `income` is greater than this value. */
  incomeGT?: number | null | undefined;
  /** `income` is at least this value. */
  incomeGTE?: number | null | undefined;
  /** `income` is one of these values (an empty list does not filter). */
  incomeIn?: Array<number> | null | undefined;
  /** `income` is less than this value. */
  incomeLT?: number | null | undefined;
  /** `income` is at most this value. */
  incomeLTE?: number | null | undefined;
  /** `income` differs from this value. */
  incomeNEQ?: number | null | undefined;
  /** `income` is none of these values (an empty list does not filter). */
  incomeNotIn?: Array<number> | null | undefined;
  /** Only the records this filter does not match. */
  not?: ProjectIncomeWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<ProjectIncomeWhereInput> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
  /** `year` equals this value. */
  year?: number | null | undefined;
  /** `year` is greater than this value. */
  yearGT?: number | null | undefined;
  /** `year` is at least this value. */
  yearGTE?: number | null | undefined;
  /** `year` is one of these values (an empty list does not filter). */
  yearIn?: Array<number> | null | undefined;
  /** `year` is less than this value. */
  yearLT?: number | null | undefined;
  /** `year` is at most this value. */
  yearLTE?: number | null | undefined;
  /** `year` differs from this value. */
  yearNEQ?: number | null | undefined;
  /** `year` is none of these values (an empty list does not filter). */
  yearNotIn?: Array<number> | null | undefined;
};

/** Project.kind: What the project does. */
export type ProjectKind =
  /** Livestock, poultry or fish farming. */
  | 'BREEDING'
  /** Selling online. */
  | 'ECOMMERCE'
  /** Organized labour services: training villagers and placing them in work. */
  | 'LABOR_SERVICE'
  /** Anything else. */
  | 'OTHER'
  /** Crop growing: grain, vegetables, fruit, herbs, ginseng. */
  | 'PLANTING'
  /** Processing of farm products. */
  | 'PROCESSING'
  /** Rural tourism. */
  | 'TOURISM';

/** Project.status: Where the project stands. */
export type ProjectStatus =
  /** Completed and accepted; acceptedOn says when. */
  | 'ACCEPTED'
  /** Abandoned or failed. */
  | 'FAILED'
  /** Planned, not started; the default. */
  | 'PLANNED'
  /** Paused. */
  | 'SUSPENDED'
  /** Under way. */
  | 'UNDERWAY';

/**
 * Selects Project records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type ProjectWhereInput = {
  /** `acceptedOn` equals this value. */
  acceptedOn?: string | null | undefined;
  /** `acceptedOn` is after this value. */
  acceptedOnGT?: string | null | undefined;
  /** `acceptedOn` is on or after this value. */
  acceptedOnGTE?: string | null | undefined;
  /** `acceptedOn` is one of these values (an empty list does not filter). */
  acceptedOnIn?: Array<string> | null | undefined;
  /** true: only records where `acceptedOn` is null (not recorded); false does not filter. */
  acceptedOnIsNil?: boolean | null | undefined;
  /** `acceptedOn` is before this value. */
  acceptedOnLT?: string | null | undefined;
  /** `acceptedOn` is on or before this value. */
  acceptedOnLTE?: string | null | undefined;
  /** `acceptedOn` differs from this value. */
  acceptedOnNEQ?: string | null | undefined;
  /** `acceptedOn` is none of these values (an empty list does not filter). */
  acceptedOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `acceptedOn` is not null; false does not filter. */
  acceptedOnNotNil?: boolean | null | undefined;
  /** Only the records that every one of these filters matches. */
  and?: Array<ProjectWhereInput> | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** true: only records with at least one of incomes; false: only those with none. */
  hasIncomes?: boolean | null | undefined;
  /** Only records with at least one of incomes matching every one of these filters. */
  hasIncomesWith?: Array<ProjectIncomeWhereInput> | null | undefined;
  /** true: only records that have a leader; false: only those without one. */
  hasLeader?: boolean | null | undefined;
  /** Only records whose leader matches every one of these filters. */
  hasLeaderWith?: Array<PersonWhereInput> | null | undefined;
  /** true: only records that have a organization; false: only those without one. */
  hasOrganization?: boolean | null | undefined;
  /** Only records whose organization matches every one of these filters. */
  hasOrganizationWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records that have a region; false: only those without one. */
  hasRegion?: boolean | null | undefined;
  /** Only records whose region matches every one of these filters. */
  hasRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** `households` equals this value. */
  households?: number | null | undefined;
  /** `households` is greater than this value. */
  householdsGT?: number | null | undefined;
  /** `households` is at least this value. */
  householdsGTE?: number | null | undefined;
  /** `households` is one of these values (an empty list does not filter). */
  householdsIn?: Array<number> | null | undefined;
  /** true: only records where `households` is null (not recorded); false does not filter. */
  householdsIsNil?: boolean | null | undefined;
  /** `households` is less than this value. */
  householdsLT?: number | null | undefined;
  /** `households` is at most this value. */
  householdsLTE?: number | null | undefined;
  /** `households` differs from this value. */
  householdsNEQ?: number | null | undefined;
  /** `households` is none of these values (an empty list does not filter). */
  householdsNotIn?: Array<number> | null | undefined;
  /** true: only records where `households` is not null; false does not filter. */
  householdsNotNil?: boolean | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only projects in this region's subtree. */
  inRegion?: string | null | undefined;
  /** `industry` equals this value. */
  industry?: string | null | undefined;
  /** `industry` contains this text (case-sensitive). */
  industryContains?: string | null | undefined;
  /** `industry` contains this text, ignoring case. */
  industryContainsFold?: string | null | undefined;
  /** `industry` equals this text, ignoring case. */
  industryEqualFold?: string | null | undefined;
  /** `industry` sorts after this value. */
  industryGT?: string | null | undefined;
  /** `industry` sorts at or after this value. */
  industryGTE?: string | null | undefined;
  /** `industry` starts with this text. */
  industryHasPrefix?: string | null | undefined;
  /** `industry` ends with this text. */
  industryHasSuffix?: string | null | undefined;
  /** `industry` is one of these values (an empty list does not filter). */
  industryIn?: Array<string> | null | undefined;
  /** true: only records where `industry` is null (not recorded); false does not filter. */
  industryIsNil?: boolean | null | undefined;
  /** `industry` sorts before this value. */
  industryLT?: string | null | undefined;
  /** `industry` sorts at or before this value. */
  industryLTE?: string | null | undefined;
  /** `industry` differs from this value. */
  industryNEQ?: string | null | undefined;
  /** `industry` is none of these values (an empty list does not filter). */
  industryNotIn?: Array<string> | null | undefined;
  /** true: only records where `industry` is not null; false does not filter. */
  industryNotNil?: boolean | null | undefined;
  /** `investment` equals this value. */
  investment?: number | null | undefined;
  /** `investment` is greater than this value. */
  investmentGT?: number | null | undefined;
  /** `investment` is at least this value. */
  investmentGTE?: number | null | undefined;
  /** `investment` is one of these values (an empty list does not filter). */
  investmentIn?: Array<number> | null | undefined;
  /** true: only records where `investment` is null (not recorded); false does not filter. */
  investmentIsNil?: boolean | null | undefined;
  /** `investment` is less than this value. */
  investmentLT?: number | null | undefined;
  /** `investment` is at most this value. */
  investmentLTE?: number | null | undefined;
  /** `investment` differs from this value. */
  investmentNEQ?: number | null | undefined;
  /** `investment` is none of these values (an empty list does not filter). */
  investmentNotIn?: Array<number> | null | undefined;
  /** true: only records where `investment` is not null; false does not filter. */
  investmentNotNil?: boolean | null | undefined;
  /** `kind` equals this value. */
  kind?: ProjectKind | null | undefined;
  /** `kind` is one of these values (an empty list does not filter). */
  kindIn?: Array<ProjectKind> | null | undefined;
  /** `kind` differs from this value. */
  kindNEQ?: ProjectKind | null | undefined;
  /** `kind` is none of these values (an empty list does not filter). */
  kindNotIn?: Array<ProjectKind> | null | undefined;
  /** `name` equals this value. */
  name?: string | null | undefined;
  /** `name` contains this text (case-sensitive). */
  nameContains?: string | null | undefined;
  /** `name` contains this text, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals this text, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after this value. */
  nameGT?: string | null | undefined;
  /** `name` sorts at or after this value. */
  nameGTE?: string | null | undefined;
  /** `name` starts with this text. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with this text. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of these values (an empty list does not filter). */
  nameIn?: Array<string> | null | undefined;
  /** `name` sorts before this value. */
  nameLT?: string | null | undefined;
  /** `name` sorts at or before this value. */
  nameLTE?: string | null | undefined;
  /** `nameLatin` equals this value. */
  nameLatin?: string | null | undefined;
  /** `nameLatin` contains this text (case-sensitive). */
  nameLatinContains?: string | null | undefined;
  /** `nameLatin` contains this text, ignoring case. */
  nameLatinContainsFold?: string | null | undefined;
  /** `nameLatin` equals this text, ignoring case. */
  nameLatinEqualFold?: string | null | undefined;
  /** `nameLatin` sorts after this value. */
  nameLatinGT?: string | null | undefined;
  /** `nameLatin` sorts at or after this value. */
  nameLatinGTE?: string | null | undefined;
  /** `nameLatin` starts with this text. */
  nameLatinHasPrefix?: string | null | undefined;
  /** `nameLatin` ends with this text. */
  nameLatinHasSuffix?: string | null | undefined;
  /** `nameLatin` is one of these values (an empty list does not filter). */
  nameLatinIn?: Array<string> | null | undefined;
  /** true: only records where `nameLatin` is null (not recorded); false does not filter. */
  nameLatinIsNil?: boolean | null | undefined;
  /** `nameLatin` sorts before this value. */
  nameLatinLT?: string | null | undefined;
  /** `nameLatin` sorts at or before this value. */
  nameLatinLTE?: string | null | undefined;
  /** `nameLatin` differs from this value. */
  nameLatinNEQ?: string | null | undefined;
  /** `nameLatin` is none of these values (an empty list does not filter). */
  nameLatinNotIn?: Array<string> | null | undefined;
  /** true: only records where `nameLatin` is not null; false does not filter. */
  nameLatinNotNil?: boolean | null | undefined;
  /** `name` differs from this value. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of these values (an empty list does not filter). */
  nameNotIn?: Array<string> | null | undefined;
  /** Only the records this filter does not match. */
  not?: ProjectWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<ProjectWhereInput> | null | undefined;
  /** `responsibilityLetterOn` equals this value. */
  responsibilityLetterOn?: string | null | undefined;
  /** `responsibilityLetterOn` is after this value. */
  responsibilityLetterOnGT?: string | null | undefined;
  /** `responsibilityLetterOn` is on or after this value. */
  responsibilityLetterOnGTE?: string | null | undefined;
  /** `responsibilityLetterOn` is one of these values (an empty list does not filter). */
  responsibilityLetterOnIn?: Array<string> | null | undefined;
  /** true: only records where `responsibilityLetterOn` is null (not recorded); false does not filter. */
  responsibilityLetterOnIsNil?: boolean | null | undefined;
  /** `responsibilityLetterOn` is before this value. */
  responsibilityLetterOnLT?: string | null | undefined;
  /** `responsibilityLetterOn` is on or before this value. */
  responsibilityLetterOnLTE?: string | null | undefined;
  /** `responsibilityLetterOn` differs from this value. */
  responsibilityLetterOnNEQ?: string | null | undefined;
  /** `responsibilityLetterOn` is none of these values (an empty list does not filter). */
  responsibilityLetterOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `responsibilityLetterOn` is not null; false does not filter. */
  responsibilityLetterOnNotNil?: boolean | null | undefined;
  /** `startedOn` equals this value. */
  startedOn?: string | null | undefined;
  /** `startedOn` is after this value. */
  startedOnGT?: string | null | undefined;
  /** `startedOn` is on or after this value. */
  startedOnGTE?: string | null | undefined;
  /** `startedOn` is one of these values (an empty list does not filter). */
  startedOnIn?: Array<string> | null | undefined;
  /** true: only records where `startedOn` is null (not recorded); false does not filter. */
  startedOnIsNil?: boolean | null | undefined;
  /** `startedOn` is before this value. */
  startedOnLT?: string | null | undefined;
  /** `startedOn` is on or before this value. */
  startedOnLTE?: string | null | undefined;
  /** `startedOn` differs from this value. */
  startedOnNEQ?: string | null | undefined;
  /** `startedOn` is none of these values (an empty list does not filter). */
  startedOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `startedOn` is not null; false does not filter. */
  startedOnNotNil?: boolean | null | undefined;
  /** `status` equals this value. */
  status?: ProjectStatus | null | undefined;
  /** `status` is one of these values (an empty list does not filter). */
  statusIn?: Array<ProjectStatus> | null | undefined;
  /** `status` differs from this value. */
  statusNEQ?: ProjectStatus | null | undefined;
  /** `status` is none of these values (an empty list does not filter). */
  statusNotIn?: Array<ProjectStatus> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** A proposed twinning. */
export type ProposeTwinningInput = {
  /** What the two sides set out to do. */
  goals?: string | null | undefined;
  /** The day of the proposal; today when left out. Not in the future. */
  on?: string | null | undefined;
  /** The urban unit (GOVERNMENT_ORGAN, MASS_ORGANIZATION, COLLEGE, ENTERPRISE, PUBLIC_INSTITUTION or URBAN_COMMUNITY) with a place left. */
  partner: string;
  /** Why, recorded in the history. */
  reason?: string | null | undefined;
  /** The village (a VILLAGE region) or its party organization; the village must be backward. */
  village: string;
};

/** An activity of a twinning. */
export type RecordTwinningActivityInput = {
  /** Money involved, yuan, 0 or more. */
  amount?: number | null | undefined;
  /** What was done, free text. */
  description?: string | null | undefined;
  /** What was done. */
  kind: LinkActivityKind;
  /** The day it took place: not in the future, nor before the twinning started. */
  on: string;
  /** Number of people who took part, 0 or more. */
  participants?: number | null | undefined;
  /** The twinning; it must be active or suspended, or ended after the day. */
  twinning: string;
};

/** Region.level: Administrative level. Each region sits directly under a region of the level above (villages and communities both under a township). */
export type RegionLevel =
  /** Prefecture-level city or autonomous prefecture. */
  | 'CITY'
  /** Urban community (residents' committee), on the same level as a village. */
  | 'COMMUNITY'
  /** County, county-level city or city district. */
  | 'COUNTY'
  /** Province: the root of the tree. */
  | 'PROVINCE'
  /** Township, town or subdistrict. */
  | 'TOWNSHIP'
  /** Administrative village: the rural grass-roots unit. */
  | 'VILLAGE';

/**
 * Selects Region records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type RegionWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<RegionWhereInput> | null | undefined;
  /** `backward` equals this value. */
  backward?: boolean | null | undefined;
  /** `backward` differs from this value. */
  backwardNEQ?: boolean | null | undefined;
  /** `border` equals this value. */
  border?: boolean | null | undefined;
  /** `border` differs from this value. */
  borderNEQ?: boolean | null | undefined;
  /** `code` equals this value. */
  code?: string | null | undefined;
  /** `code` contains this text (case-sensitive). */
  codeContains?: string | null | undefined;
  /** `code` contains this text, ignoring case. */
  codeContainsFold?: string | null | undefined;
  /** `code` equals this text, ignoring case. */
  codeEqualFold?: string | null | undefined;
  /** `code` sorts after this value. */
  codeGT?: string | null | undefined;
  /** `code` sorts at or after this value. */
  codeGTE?: string | null | undefined;
  /** `code` starts with this text. */
  codeHasPrefix?: string | null | undefined;
  /** `code` ends with this text. */
  codeHasSuffix?: string | null | undefined;
  /** `code` is one of these values (an empty list does not filter). */
  codeIn?: Array<string> | null | undefined;
  /** `code` sorts before this value. */
  codeLT?: string | null | undefined;
  /** `code` sorts at or before this value. */
  codeLTE?: string | null | undefined;
  /** `code` differs from this value. */
  codeNEQ?: string | null | undefined;
  /** `code` is none of these values (an empty list does not filter). */
  codeNotIn?: Array<string> | null | undefined;
  /** `collectiveIncome` equals this value. */
  collectiveIncome?: number | null | undefined;
  /** `collectiveIncome` is greater than this value. */
  collectiveIncomeGT?: number | null | undefined;
  /** `collectiveIncome` is at least this value. */
  collectiveIncomeGTE?: number | null | undefined;
  /** `collectiveIncome` is one of these values (an empty list does not filter). */
  collectiveIncomeIn?: Array<number> | null | undefined;
  /** true: only records where `collectiveIncome` is null (not recorded); false does not filter. */
  collectiveIncomeIsNil?: boolean | null | undefined;
  /** `collectiveIncome` is less than this value. */
  collectiveIncomeLT?: number | null | undefined;
  /** `collectiveIncome` is at most this value. */
  collectiveIncomeLTE?: number | null | undefined;
  /** `collectiveIncome` differs from this value. */
  collectiveIncomeNEQ?: number | null | undefined;
  /** `collectiveIncome` is none of these values (an empty list does not filter). */
  collectiveIncomeNotIn?: Array<number> | null | undefined;
  /** true: only records where `collectiveIncome` is not null; false does not filter. */
  collectiveIncomeNotNil?: boolean | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `difficult` equals this value. */
  difficult?: boolean | null | undefined;
  /** `difficult` differs from this value. */
  difficultNEQ?: boolean | null | undefined;
  /** true: only records with at least one of children; false: only those with none. */
  hasChildren?: boolean | null | undefined;
  /** Only records with at least one of children matching every one of these filters. */
  hasChildrenWith?: Array<RegionWhereInput> | null | undefined;
  /** true: only records with at least one of organizations; false: only those with none. */
  hasOrganizations?: boolean | null | undefined;
  /** Only records with at least one of organizations matching every one of these filters. */
  hasOrganizationsWith?: Array<OrganizationWhereInput> | null | undefined;
  /** true: only records that have a parent; false: only those without one. */
  hasParent?: boolean | null | undefined;
  /** Only records whose parent matches every one of these filters. */
  hasParentWith?: Array<RegionWhereInput> | null | undefined;
  /** true: only records with at least one of projects; false: only those with none. */
  hasProjects?: boolean | null | undefined;
  /** Only records with at least one of projects matching every one of these filters. */
  hasProjectsWith?: Array<ProjectWhereInput> | null | undefined;
  /** true: only records with at least one of residents; false: only those with none. */
  hasResidents?: boolean | null | undefined;
  /** Only records with at least one of residents matching every one of these filters. */
  hasResidentsWith?: Array<PersonWhereInput> | null | undefined;
  /** true: only records with at least one of trainingCourses; false: only those with none. */
  hasTrainingCourses?: boolean | null | undefined;
  /** Only records with at least one of trainingCourses matching every one of these filters. */
  hasTrainingCoursesWith?: Array<TrainingCourseWhereInput> | null | undefined;
  /** true: only records with at least one of venues; false: only those with none. */
  hasVenues?: boolean | null | undefined;
  /** Only records with at least one of venues matching every one of these filters. */
  hasVenuesWith?: Array<VenueWhereInput> | null | undefined;
  /** `households` equals this value. */
  households?: number | null | undefined;
  /** `households` is greater than this value. */
  householdsGT?: number | null | undefined;
  /** `households` is at least this value. */
  householdsGTE?: number | null | undefined;
  /** `households` is one of these values (an empty list does not filter). */
  householdsIn?: Array<number> | null | undefined;
  /** true: only records where `households` is null (not recorded); false does not filter. */
  householdsIsNil?: boolean | null | undefined;
  /** `households` is less than this value. */
  householdsLT?: number | null | undefined;
  /** `households` is at most this value. */
  householdsLTE?: number | null | undefined;
  /** `households` differs from this value. */
  householdsNEQ?: number | null | undefined;
  /** `households` is none of these values (an empty list does not filter). */
  householdsNotIn?: Array<number> | null | undefined;
  /** true: only records where `households` is not null; false does not filter. */
  householdsNotNil?: boolean | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only this region and the regions below it. */
  inRegion?: string | null | undefined;
  /** `latitude` equals this value. */
  latitude?: number | null | undefined;
  /** `latitude` is greater than this value. */
  latitudeGT?: number | null | undefined;
  /** `latitude` is at least this value. */
  latitudeGTE?: number | null | undefined;
  /** `latitude` is one of these values (an empty list does not filter). */
  latitudeIn?: Array<number> | null | undefined;
  /** true: only records where `latitude` is null (not recorded); false does not filter. */
  latitudeIsNil?: boolean | null | undefined;
  /** `latitude` is less than this value. */
  latitudeLT?: number | null | undefined;
  /** `latitude` is at most this value. */
  latitudeLTE?: number | null | undefined;
  /** `latitude` differs from this value. */
  latitudeNEQ?: number | null | undefined;
  /** `latitude` is none of these values (an empty list does not filter). */
  latitudeNotIn?: Array<number> | null | undefined;
  /** true: only records where `latitude` is not null; false does not filter. */
  latitudeNotNil?: boolean | null | undefined;
  /** `leadingIndustry` equals this value. */
  leadingIndustry?: string | null | undefined;
  /** `leadingIndustry` contains this text (case-sensitive). */
  leadingIndustryContains?: string | null | undefined;
  /** `leadingIndustry` contains this text, ignoring case. */
  leadingIndustryContainsFold?: string | null | undefined;
  /** `leadingIndustry` equals this text, ignoring case. */
  leadingIndustryEqualFold?: string | null | undefined;
  /** `leadingIndustry` sorts after this value. */
  leadingIndustryGT?: string | null | undefined;
  /** `leadingIndustry` sorts at or after this value. */
  leadingIndustryGTE?: string | null | undefined;
  /** `leadingIndustry` starts with this text. */
  leadingIndustryHasPrefix?: string | null | undefined;
  /** `leadingIndustry` ends with this text. */
  leadingIndustryHasSuffix?: string | null | undefined;
  /** `leadingIndustry` is one of these values (an empty list does not filter). */
  leadingIndustryIn?: Array<string> | null | undefined;
  /** true: only records where `leadingIndustry` is null (not recorded); false does not filter. */
  leadingIndustryIsNil?: boolean | null | undefined;
  /** `leadingIndustry` sorts before this value. */
  leadingIndustryLT?: string | null | undefined;
  /** `leadingIndustry` sorts at or before this value. */
  leadingIndustryLTE?: string | null | undefined;
  /** `leadingIndustry` differs from this value. */
  leadingIndustryNEQ?: string | null | undefined;
  /** `leadingIndustry` is none of these values (an empty list does not filter). */
  leadingIndustryNotIn?: Array<string> | null | undefined;
  /** true: only records where `leadingIndustry` is not null; false does not filter. */
  leadingIndustryNotNil?: boolean | null | undefined;
  /** `level` equals this value. */
  level?: RegionLevel | null | undefined;
  /** `level` is one of these values (an empty list does not filter). */
  levelIn?: Array<RegionLevel> | null | undefined;
  /** `level` differs from this value. */
  levelNEQ?: RegionLevel | null | undefined;
  /** `level` is none of these values (an empty list does not filter). */
  levelNotIn?: Array<RegionLevel> | null | undefined;
  /** `longitude` equals this value. */
  longitude?: number | null | undefined;
  /** `longitude` is greater than this value. */
  longitudeGT?: number | null | undefined;
  /** `longitude` is at least this value. */
  longitudeGTE?: number | null | undefined;
  /** `longitude` is one of these values (an empty list does not filter). */
  longitudeIn?: Array<number> | null | undefined;
  /** true: only records where `longitude` is null (not recorded); false does not filter. */
  longitudeIsNil?: boolean | null | undefined;
  /** `longitude` is less than this value. */
  longitudeLT?: number | null | undefined;
  /** `longitude` is at most this value. */
  longitudeLTE?: number | null | undefined;
  /** `longitude` differs from this value. */
  longitudeNEQ?: number | null | undefined;
  /** `longitude` is none of these values (an empty list does not filter). */
  longitudeNotIn?: Array<number> | null | undefined;
  /** true: only records where `longitude` is not null; false does not filter. */
  longitudeNotNil?: boolean | null | undefined;
  /** `name` equals this value. */
  name?: string | null | undefined;
  /** `name` contains this text (case-sensitive). */
  nameContains?: string | null | undefined;
  /** `name` contains this text, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals this text, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after this value. */
  nameGT?: string | null | undefined;
  /** `name` sorts at or after this value. */
  nameGTE?: string | null | undefined;
  /** `name` starts with this text. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with this text. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of these values (an empty list does not filter). */
  nameIn?: Array<string> | null | undefined;
  /** `name` sorts before this value. */
  nameLT?: string | null | undefined;
  /** `name` sorts at or before this value. */
  nameLTE?: string | null | undefined;
  /** `nameLatin` equals this value. */
  nameLatin?: string | null | undefined;
  /** `nameLatin` contains this text (case-sensitive). */
  nameLatinContains?: string | null | undefined;
  /** `nameLatin` contains this text, ignoring case. */
  nameLatinContainsFold?: string | null | undefined;
  /** `nameLatin` equals this text, ignoring case. */
  nameLatinEqualFold?: string | null | undefined;
  /** `nameLatin` sorts after this value. */
  nameLatinGT?: string | null | undefined;
  /** `nameLatin` sorts at or after this value. */
  nameLatinGTE?: string | null | undefined;
  /** `nameLatin` starts with this text. */
  nameLatinHasPrefix?: string | null | undefined;
  /** `nameLatin` ends with this text. */
  nameLatinHasSuffix?: string | null | undefined;
  /** `nameLatin` is one of these values (an empty list does not filter). */
  nameLatinIn?: Array<string> | null | undefined;
  /** true: only records where `nameLatin` is null (not recorded); false does not filter. */
  nameLatinIsNil?: boolean | null | undefined;
  /** `nameLatin` sorts before this value. */
  nameLatinLT?: string | null | undefined;
  /** `nameLatin` sorts at or before this value. */
  nameLatinLTE?: string | null | undefined;
  /** `nameLatin` differs from this value. */
  nameLatinNEQ?: string | null | undefined;
  /** `nameLatin` is none of these values (an empty list does not filter). */
  nameLatinNotIn?: Array<string> | null | undefined;
  /** true: only records where `nameLatin` is not null; false does not filter. */
  nameLatinNotNil?: boolean | null | undefined;
  /** `name` differs from this value. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of these values (an empty list does not filter). */
  nameNotIn?: Array<string> | null | undefined;
  /** Only the records this filter does not match. */
  not?: RegionWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<RegionWhereInput> | null | undefined;
  /** `population` equals this value. */
  population?: number | null | undefined;
  /** `population` is greater than this value. */
  populationGT?: number | null | undefined;
  /** `population` is at least this value. */
  populationGTE?: number | null | undefined;
  /** `population` is one of these values (an empty list does not filter). */
  populationIn?: Array<number> | null | undefined;
  /** true: only records where `population` is null (not recorded); false does not filter. */
  populationIsNil?: boolean | null | undefined;
  /** `population` is less than this value. */
  populationLT?: number | null | undefined;
  /** `population` is at most this value. */
  populationLTE?: number | null | undefined;
  /** `population` differs from this value. */
  populationNEQ?: number | null | undefined;
  /** `population` is none of these values (an empty list does not filter). */
  populationNotIn?: Array<number> | null | undefined;
  /** true: only records where `population` is not null; false does not filter. */
  populationNotNil?: boolean | null | undefined;
  /** Only regions with an active twinning of one of their organizations today (true), or without (false). */
  twinned?: boolean | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** What the search box can find. */
export type SearchType =
  /** Organizations, by name or pinyin. */
  | 'ORGANIZATION'
  /** People, by name or pinyin. */
  | 'PERSON'
  /** Regions, by name, pinyin or division code. */
  | 'REGION';

/**
 * Selects TrainingAttendance records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type TrainingAttendanceWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<TrainingAttendanceWhereInput> | null | undefined;
  /** `completed` equals this value. */
  completed?: boolean | null | undefined;
  /** `completed` differs from this value. */
  completedNEQ?: boolean | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `days` equals this value. */
  days?: number | null | undefined;
  /** `days` is greater than this value. */
  daysGT?: number | null | undefined;
  /** `days` is at least this value. */
  daysGTE?: number | null | undefined;
  /** `days` is one of these values (an empty list does not filter). */
  daysIn?: Array<number> | null | undefined;
  /** `days` is less than this value. */
  daysLT?: number | null | undefined;
  /** `days` is at most this value. */
  daysLTE?: number | null | undefined;
  /** `days` differs from this value. */
  daysNEQ?: number | null | undefined;
  /** `days` is none of these values (an empty list does not filter). */
  daysNotIn?: Array<number> | null | undefined;
  /** true: only records that have a course; false: only those without one. */
  hasCourse?: boolean | null | undefined;
  /** Only records whose course matches every one of these filters. */
  hasCourseWith?: Array<TrainingCourseWhereInput> | null | undefined;
  /** true: only records that have a person; false: only those without one. */
  hasPerson?: boolean | null | undefined;
  /** Only records whose person matches every one of these filters. */
  hasPersonWith?: Array<PersonWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only the records this filter does not match. */
  not?: TrainingAttendanceWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<TrainingAttendanceWhereInput> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** TrainingCourse.kind: What the course trains. */
export type TrainingCourseKind =
  /** Academic education, such as a college diploma course. */
  | 'ACADEMIC'
  /** Starting and running a business. */
  | 'ENTREPRENEURSHIP'
  /** Practical exercise: cadres placed in a post to learn by doing. */
  | 'PRACTICAL_EXERCISE'
  /** Practical techniques for getting rich (growing, breeding, processing). */
  | 'PRACTICAL_TECHNICAL'
  /** The yearly rotation training of post ability for all village cadres. */
  | 'ROTATION';

/** TrainingCourse.organizerLevel: The level of the party committee that runs the course; it is the level of the course's region. */
export type TrainingCourseOrganizerLevel =
  /** A city (prefecture) party committee. */
  | 'CITY'
  /** A county (city, district) party committee. */
  | 'COUNTY'
  /** The provincial party committee. */
  | 'PROVINCE'
  /** A township party committee. */
  | 'TOWNSHIP';

/**
 * Selects TrainingCourse records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type TrainingCourseWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<TrainingCourseWhereInput> | null | undefined;
  /** `capacity` equals this value. */
  capacity?: number | null | undefined;
  /** `capacity` is greater than this value. */
  capacityGT?: number | null | undefined;
  /** `capacity` is at least this value. */
  capacityGTE?: number | null | undefined;
  /** `capacity` is one of these values (an empty list does not filter). */
  capacityIn?: Array<number> | null | undefined;
  /** true: only records where `capacity` is null (not recorded); false does not filter. */
  capacityIsNil?: boolean | null | undefined;
  /** `capacity` is less than this value. */
  capacityLT?: number | null | undefined;
  /** `capacity` is at most this value. */
  capacityLTE?: number | null | undefined;
  /** `capacity` differs from this value. */
  capacityNEQ?: number | null | undefined;
  /** `capacity` is none of these values (an empty list does not filter). */
  capacityNotIn?: Array<number> | null | undefined;
  /** true: only records where `capacity` is not null; false does not filter. */
  capacityNotNil?: boolean | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** `days` equals this value. */
  days?: number | null | undefined;
  /** `days` is greater than this value. */
  daysGT?: number | null | undefined;
  /** `days` is at least this value. */
  daysGTE?: number | null | undefined;
  /** `days` is one of these values (an empty list does not filter). */
  daysIn?: Array<number> | null | undefined;
  /** `days` is less than this value. */
  daysLT?: number | null | undefined;
  /** `days` is at most this value. */
  daysLTE?: number | null | undefined;
  /** `days` differs from this value. */
  daysNEQ?: number | null | undefined;
  /** `days` is none of these values (an empty list does not filter). */
  daysNotIn?: Array<number> | null | undefined;
  /** `endsOn` equals this value. */
  endsOn?: string | null | undefined;
  /** `endsOn` is after this value. */
  endsOnGT?: string | null | undefined;
  /** `endsOn` is on or after this value. */
  endsOnGTE?: string | null | undefined;
  /** `endsOn` is one of these values (an empty list does not filter). */
  endsOnIn?: Array<string> | null | undefined;
  /** `endsOn` is before this value. */
  endsOnLT?: string | null | undefined;
  /** `endsOn` is on or before this value. */
  endsOnLTE?: string | null | undefined;
  /** `endsOn` differs from this value. */
  endsOnNEQ?: string | null | undefined;
  /** `endsOn` is none of these values (an empty list does not filter). */
  endsOnNotIn?: Array<string> | null | undefined;
  /** true: only records with at least one of attendances; false: only those with none. */
  hasAttendances?: boolean | null | undefined;
  /** Only records with at least one of attendances matching every one of these filters. */
  hasAttendancesWith?: Array<TrainingAttendanceWhereInput> | null | undefined;
  /** true: only records that have a region; false: only those without one. */
  hasRegion?: boolean | null | undefined;
  /** Only records whose region matches every one of these filters. */
  hasRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only courses run by a region of this region's subtree (the region included). */
  inRegion?: string | null | undefined;
  /** `kind` equals this value. */
  kind?: TrainingCourseKind | null | undefined;
  /** `kind` is one of these values (an empty list does not filter). */
  kindIn?: Array<TrainingCourseKind> | null | undefined;
  /** `kind` differs from this value. */
  kindNEQ?: TrainingCourseKind | null | undefined;
  /** `kind` is none of these values (an empty list does not filter). */
  kindNotIn?: Array<TrainingCourseKind> | null | undefined;
  /** Only the records this filter does not match. */
  not?: TrainingCourseWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<TrainingCourseWhereInput> | null | undefined;
  /** `organizerLevel` equals this value. */
  organizerLevel?: TrainingCourseOrganizerLevel | null | undefined;
  /** `organizerLevel` is one of these values (an empty list does not filter). */
  organizerLevelIn?: Array<TrainingCourseOrganizerLevel> | null | undefined;
  /** `organizerLevel` differs from this value. */
  organizerLevelNEQ?: TrainingCourseOrganizerLevel | null | undefined;
  /** `organizerLevel` is none of these values (an empty list does not filter). */
  organizerLevelNotIn?: Array<TrainingCourseOrganizerLevel> | null | undefined;
  /** `startsOn` equals this value. */
  startsOn?: string | null | undefined;
  /** `startsOn` is after this value. */
  startsOnGT?: string | null | undefined;
  /** `startsOn` is on or after this value. */
  startsOnGTE?: string | null | undefined;
  /** `startsOn` is one of these values (an empty list does not filter). */
  startsOnIn?: Array<string> | null | undefined;
  /** `startsOn` is before this value. */
  startsOnLT?: string | null | undefined;
  /** `startsOn` is on or before this value. */
  startsOnLTE?: string | null | undefined;
  /** `startsOn` differs from this value. */
  startsOnNEQ?: string | null | undefined;
  /** `startsOn` is none of these values (an empty list does not filter). */
  startsOnNotIn?: Array<string> | null | undefined;
  /** `title` equals this value. */
  title?: string | null | undefined;
  /** `title` contains this text (case-sensitive). */
  titleContains?: string | null | undefined;
  /** `title` contains this text, ignoring case. */
  titleContainsFold?: string | null | undefined;
  /** `title` equals this text, ignoring case. */
  titleEqualFold?: string | null | undefined;
  /** `title` sorts after this value. */
  titleGT?: string | null | undefined;
  /** `title` sorts at or after this value. */
  titleGTE?: string | null | undefined;
  /** `title` starts with this text. */
  titleHasPrefix?: string | null | undefined;
  /** `title` ends with this text. */
  titleHasSuffix?: string | null | undefined;
  /** `title` is one of these values (an empty list does not filter). */
  titleIn?: Array<string> | null | undefined;
  /** `title` sorts before this value. */
  titleLT?: string | null | undefined;
  /** `title` sorts at or before this value. */
  titleLTE?: string | null | undefined;
  /** `title` differs from this value. */
  titleNEQ?: string | null | undefined;
  /** `title` is none of these values (an empty list does not filter). */
  titleNotIn?: Array<string> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** What a twinning suggestion's score is made of; each factor's value lies from 0 to 1. */
export type TwinningFactor =
  /** The partner's activity record: its twinning activities of the last 365 days per live pair, 1 from 4 on. */
  | 'ACTIVITY'
  /** Remaining capacity: the share of the partner's twinningCapacity not held by its active and proposed pairs. */
  | 'CAPACITY'
  /** Nearness: 1 at the village, 1/2 at 50 km, 1/2 when either side has no coordinates. */
  | 'DISTANCE'
  /** Fit of the partner's industry to the village's leading industry: 1 the same, 1/2 one names the other or either is unknown, 0 otherwise. */
  | 'INDUSTRY'
  /** Existing ties in the network (links of any kind, as of today): 1 directly linked, 1/2 two steps apart, 1/4 three, 0 further. */
  | 'TIES';

/** A reviewed plan, whole or in part. */
export type TwinningPlanInput = {
  /** Why, recorded in each new twinning's history. */
  reason?: string | null | undefined;
  /** The rows to turn into proposed twinnings (at least one). */
  rows: Array<TwinningPlanRowInput>;
};

/** A pair of a reviewed plan to apply. */
export type TwinningPlanRowInput = {
  /** The partner. */
  partner: string;
  /** TwinningPlanRow.remaining as the plan gave it: the places the partner had left then. */
  remaining: number;
  /** The village (a VILLAGE region) or its party organization. */
  village: string;
};

/** TwinningTransition.from: The state before the change; null when the change created the twinning. */
export type TwinningTransitionFrom =
  /** In force (the default). */
  | 'ACTIVE'
  /** Ended; endedOn says when. Network queries count it on dates before endedOn. */
  | 'ENDED'
  /** Proposed, not agreed yet: network queries leave it out. */
  | 'PROPOSED'
  /** Paused. Network queries still count it within its dates. */
  | 'SUSPENDED';

/** A change of a twinning's state. */
export type TwinningTransitionInput = {
  /** The day the change takes effect; today when left out. Not in the future, nor before the last change. */
  on?: string | null | undefined;
  /** Why, recorded in the history. */
  reason?: string | null | undefined;
  /** The twinning (a link of kind URBAN_RURAL_TWINNING). */
  twinning: string;
};

/** TwinningTransition.to: The state after the change. */
export type TwinningTransitionTo =
  /** In force (the default). */
  | 'ACTIVE'
  /** Ended; endedOn says when. Network queries count it on dates before endedOn. */
  | 'ENDED'
  /** Proposed, not agreed yet: network queries leave it out. */
  | 'PROPOSED'
  /** Paused. Network queries still count it within its dates. */
  | 'SUSPENDED';

/** Why a plan left a village without a partner. */
export type TwinningUnassignedReason =
  /** Partners had places, but covering more villages would exceed their capacity: all places went to other villages. */
  | 'CAPACITY'
  /** No partner in the province has a place left. */
  | 'NO_PARTNER'
  /** The village has no active party organization to twin. */
  | 'NO_PARTY_ORGANIZATION';

/** Changes to the Appraisal: only the fields given change. `clearX: true` empties field x. */
export type UpdateAppraisalInput = {
  /** true: empties `note` (sets it to its empty value). */
  clearNote?: boolean | null | undefined;
  /** true: removes the `organization` (`organizationID` becomes null). */
  clearOrganization?: boolean | null | undefined;
  /** true: removes the `person` (`personID` becomes null). */
  clearPerson?: boolean | null | undefined;
  /** What kind of appraisal. */
  kind?: AppraisalKind | null | undefined;
  /** Remarks, free text. */
  note?: string | null | undefined;
  /** ID of the organization the appraisal concerns; null when it concerns a person. */
  organizationID?: string | null | undefined;
  /** ID of the person the appraisal concerns; null when it concerns an organization. */
  personID?: string | null | undefined;
  /** The rating given. */
  rating?: AppraisalRating | null | undefined;
  /** Calendar year of the the appraisal, 1949 to 2100. */
  year?: number | null | undefined;
};

/** Changes to the Commendation: only the fields given change. `clearX: true` empties field x. */
export type UpdateCommendationInput = {
  /** The body that gave the award, up to 200 characters; empty when not recorded. */
  awardedBy?: string | null | undefined;
  /** Bonus paid with the award, yuan; null when none. */
  bonus?: number | null | undefined;
  /** true: empties `awardedBy` (sets it to its empty value). */
  clearAwardedBy?: boolean | null | undefined;
  /** true: empties `bonus` (sets it to null). */
  clearBonus?: boolean | null | undefined;
  /** true: removes the `organization` (`organizationID` becomes null). */
  clearOrganization?: boolean | null | undefined;
  /** true: removes the `person` (`personID` becomes null). */
  clearPerson?: boolean | null | undefined;
  /** ID of the organization the commendation concerns; null when it concerns a person. */
  organizationID?: string | null | undefined;
  /** ID of the person the commendation concerns; null when it concerns an organization. */
  personID?: string | null | undefined;
  /** Title of the award, 1 to 200 characters (such as "Double Top Ten" village secretary). */
  title?: string | null | undefined;
  /** Calendar year of the the commendation, 1949 to 2100. */
  year?: number | null | undefined;
};

/** Changes to the LinkActivity: only the fields given change. `clearX: true` empties field x. */
export type UpdateLinkActivityInput = {
  /** Money involved, yuan; null when none or not recorded. */
  amount?: number | null | undefined;
  /** true: empties `amount` (sets it to null). */
  clearAmount?: boolean | null | undefined;
  /** true: empties `description` (sets it to its empty value). */
  clearDescription?: boolean | null | undefined;
  /** true: empties `participants` (sets it to null). */
  clearParticipants?: boolean | null | undefined;
  /** What was done, free text. */
  description?: string | null | undefined;
  /** What was done. */
  kind?: LinkActivityKind | null | undefined;
  /** The day it took place. */
  on?: string | null | undefined;
  /** Number of people who took part; null when not recorded. */
  participants?: number | null | undefined;
};

/** Changes to the Link: only the fields given change. `clearX: true` empties field x. */
export type UpdateLinkInput = {
  /** true: empties `endedOn` (sets it to null). */
  clearEndedOn?: boolean | null | undefined;
  /** true: empties `goals` (sets it to its empty value). */
  clearGoals?: boolean | null | undefined;
  /** true: empties `notes` (sets it to its empty value). */
  clearNotes?: boolean | null | undefined;
  /** true: empties `sourceReference` (sets it to its empty value). */
  clearSourceReference?: boolean | null | undefined;
  /** true: empties `startedOn` (sets it to null). */
  clearStartedOn?: boolean | null | undefined;
  /** Date the link ended, not before startedOn; null while it lasts. Network queries count the link up to the day before. */
  endedOn?: string | null | undefined;
  /** What the two sides set out to do, free text. */
  goals?: string | null | undefined;
  /** What the link is: a kind of joint construction, twinning or co-building. */
  kind?: LinkKind | null | undefined;
  /** Notes, free text. */
  notes?: string | null | undefined;
  /** ID of the source organization. */
  sourceID?: string | null | undefined;
  /** Provenance: the document or file the link comes from (at most 500 characters). */
  sourceReference?: string | null | undefined;
  /** Date the link took effect; null when not known (network queries then count it from the beginning). */
  startedOn?: string | null | undefined;
  /** Where the link stands. Network queries count every link but a PROPOSED one, by its dates. */
  status?: LinkStatus | null | undefined;
  /** ID of the target organization. */
  targetID?: string | null | undefined;
};

/** Changes to the Organization: only the fields given change. `clearX: true` empties field x. */
export type UpdateOrganizationInput = {
  /** true: empties `creditCode` (sets it to null). */
  clearCreditCode?: boolean | null | undefined;
  /** true: empties `dissolvedOn` (sets it to null). */
  clearDissolvedOn?: boolean | null | undefined;
  /** true: empties `foundedOn` (sets it to null). */
  clearFoundedOn?: boolean | null | undefined;
  /** true: removes the `host` (`hostID` becomes null). */
  clearHost?: boolean | null | undefined;
  /** true: empties `industry` (sets it to its empty value). */
  clearIndustry?: boolean | null | undefined;
  /** true: empties `nameLatin` (sets it to its empty value). */
  clearNameLatin?: boolean | null | undefined;
  /** true: removes the `parent` (`parentID` becomes null). */
  clearParent?: boolean | null | undefined;
  /** true: empties `setting` (sets it to null). */
  clearSetting?: boolean | null | undefined;
  /** true: empties `twinningCapacity` (sets it to null). */
  clearTwinningCapacity?: boolean | null | undefined;
  /** Unified social credit code (GB 32100): 18 characters, the last a check character that must match; unique; null when not recorded. */
  creditCode?: string | null | undefined;
  /** Date dissolved, not before foundedOn; null while the organization exists. */
  dissolvedOn?: string | null | undefined;
  /** Date founded; null when not known. */
  foundedOn?: string | null | undefined;
  /** ID of the organization this party organization is set up in; null when none. */
  hostID?: string | null | undefined;
  /** Industry, free text (for enterprises and cooperatives); empty when not recorded. */
  industry?: string | null | undefined;
  /** What the organization is. The three PARTY_ kinds are party organizations; the others are the units around them. */
  kind?: OrganizationKind | null | undefined;
  /** Name in Chinese, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Latin (pinyin) form of the name, used for search and the English interface; empty when not recorded. */
  nameLatin?: string | null | undefined;
  /** ID of the next-higher party organization; null at the top of the hierarchy and for units that are not party organizations. */
  parentID?: string | null | undefined;
  /** ID of the organization's region. */
  regionID?: string | null | undefined;
  /** Where a party organization is set up; only party organizations have one, and it is null for the others. */
  setting?: OrganizationSetting | null | undefined;
  /** Whether the organization still exists. */
  status?: OrganizationStatus | null | undefined;
  /** For urban units: how many villages it can twin with; null when not set. */
  twinningCapacity?: number | null | undefined;
};

/** Changes to the Person: only the fields given change. `clearX: true` empties field x. */
export type UpdatePersonInput = {
  /** Where the person comes from: the pools village cadres are selected from. A person can have several. */
  backgrounds?: Array<PersonBackground> | null | undefined;
  /** Date of birth; null when not recorded, and for whoever may not see personal data (birthYear then tells the year). */
  birthDate?: string | null | undefined;
  /** true: empties `backgrounds` (sets it to its empty value). */
  clearBackgrounds?: boolean | null | undefined;
  /** true: empties `birthDate` (sets it to null). */
  clearBirthDate?: boolean | null | undefined;
  /** true: empties `currentLocation` (sets it to its empty value). */
  clearCurrentLocation?: boolean | null | undefined;
  /** true: empties `education` (sets it to null). */
  clearEducation?: boolean | null | undefined;
  /** true: empties `endowmentInsuredSince` (sets it to null). */
  clearEndowmentInsuredSince?: boolean | null | undefined;
  /** true: empties `ethnicity` (sets it to its empty value). */
  clearEthnicity?: boolean | null | undefined;
  /** true: empties `gender` (sets it to null). */
  clearGender?: boolean | null | undefined;
  /** true: removes the `homeRegion` (`homeRegionID` becomes null). */
  clearHomeRegion?: boolean | null | undefined;
  /** true: empties `idNumber` (sets it to null). */
  clearIDNumber?: boolean | null | undefined;
  /** true: empties `joinedPartyOn` (sets it to null). */
  clearJoinedPartyOn?: boolean | null | undefined;
  /** true: empties `nameLatin` (sets it to its empty value). */
  clearNameLatin?: boolean | null | undefined;
  /** true: empties `phone` (sets it to null). */
  clearPhone?: boolean | null | undefined;
  /** true: empties `skills` (sets it to its empty value). */
  clearSkills?: boolean | null | undefined;
  /** Where a migrant works now, free text; empty when not recorded. */
  currentLocation?: string | null | undefined;
  /** Highest education completed; null when not recorded. */
  education?: PersonEducation | null | undefined;
  /** Date enrolled in endowment (old-age) insurance; null when not insured or not recorded. */
  endowmentInsuredSince?: string | null | undefined;
  /** Ethnic group, free text (such as Han or Korean); empty when not recorded. */
  ethnicity?: string | null | undefined;
  /** Gender; null when not recorded. */
  gender?: PersonGender | null | undefined;
  /** ID of the home region; null when not recorded. */
  homeRegionID?: string | null | undefined;
  /** Resident identity number (GB 11643), 18 characters: the 6-digit code of the region of registration, the 8-digit birth date, a 3-digit sequence number and a check character (a digit or X) that must match. Unique; null when not recorded. Stored as given, shown only masked. */
  idNumber?: string | null | undefined;
  /** Date admitted to the Party; null for those not admitted or when not recorded. */
  joinedPartyOn?: string | null | undefined;
  /** Works away from home (a mobile party member when a member); currentLocation says where. */
  migrant?: boolean | null | undefined;
  /** Name in Chinese, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Latin (pinyin) form of the name, used for search and the English interface; empty when not recorded. */
  nameLatin?: string | null | undefined;
  /** Phone number, at most 32 characters; null when not recorded. Stored as given, shown only masked. */
  phone?: string | null | undefined;
  /** Standing towards the Party, from the masses through the steps of admission to full membership. */
  politicalStatus?: PersonPoliticalStatus | null | undefined;
  /** Practical skills mastered, one per entry, free text (such as greenhouse vegetables). */
  skills?: Array<string> | null | undefined;
};

/** Changes to the ProjectIncome: only the fields given change. `clearX: true` empties field x. */
export type UpdateProjectIncomeInput = {
  /** Income in the year, yuan (0 or more). */
  income?: number | null | undefined;
  /** Calendar year, 1949 to 2100; a project has at most one income per year. */
  year?: number | null | undefined;
};

/** Changes to the Project: only the fields given change. `clearX: true` empties field x. */
export type UpdateProjectInput = {
  /** Date the project passed acceptance, not before startedOn; null until then. */
  acceptedOn?: string | null | undefined;
  /** true: empties `acceptedOn` (sets it to null). */
  clearAcceptedOn?: boolean | null | undefined;
  /** true: empties `households` (sets it to null). */
  clearHouseholds?: boolean | null | undefined;
  /** true: empties `industry` (sets it to its empty value). */
  clearIndustry?: boolean | null | undefined;
  /** true: empties `investment` (sets it to null). */
  clearInvestment?: boolean | null | undefined;
  /** true: removes the `leader` (`leaderID` becomes null). */
  clearLeader?: boolean | null | undefined;
  /** true: empties `nameLatin` (sets it to its empty value). */
  clearNameLatin?: boolean | null | undefined;
  /** true: removes the `organization` (`organizationID` becomes null). */
  clearOrganization?: boolean | null | undefined;
  /** true: empties `responsibilityLetterOn` (sets it to null). */
  clearResponsibilityLetterOn?: boolean | null | undefined;
  /** true: empties `startedOn` (sets it to null). */
  clearStartedOn?: boolean | null | undefined;
  /** Households taking part; null when not recorded. */
  households?: number | null | undefined;
  /** Industry, free text (such as ginseng or black fungus); empty when not recorded. */
  industry?: string | null | undefined;
  /** Money invested, yuan; null when not recorded. */
  investment?: number | null | undefined;
  /** What the project does. */
  kind?: ProjectKind | null | undefined;
  /** ID of the person leading the project; null when none. */
  leaderID?: string | null | undefined;
  /** Name in Chinese, 1 to 200 characters. */
  name?: string | null | undefined;
  /** Latin (pinyin) form of the name, used for search and the English interface; empty when not recorded. */
  nameLatin?: string | null | undefined;
  /** ID of the organization that runs the project; null when none. */
  organizationID?: string | null | undefined;
  /** ID of the region (a village) the project is in. */
  regionID?: string | null | undefined;
  /** Date the leader signed the project's responsibility letter; null when none. */
  responsibilityLetterOn?: string | null | undefined;
  /** Date work started; null when not started or not known. */
  startedOn?: string | null | undefined;
  /** Where the project stands. */
  status?: ProjectStatus | null | undefined;
};

/** Changes to the RuralIncome: only the fields given change. `clearX: true` empties field x. */
export type UpdateRuralIncomeInput = {
  /** true: empties `source` (sets it to its empty value). */
  clearSource?: boolean | null | undefined;
  /** The province's average income per head of the rural labour force in the year, yuan (more than 0). */
  incomePerHead?: number | null | undefined;
  /** Where the figure comes from (such as the statistical yearbook), up to 300 characters; empty when not recorded. */
  source?: string | null | undefined;
  /** Calendar year, 1949 to 2100; one figure per year. */
  year?: number | null | undefined;
};

/** Changes to the TrainingAttendance: only the fields given change. `clearX: true` empties field x. */
export type UpdateTrainingAttendanceInput = {
  /** Whether the person completed the course. */
  completed?: boolean | null | undefined;
  /** Days the person attended, 0 to the course's length. */
  days?: number | null | undefined;
};

/** Changes to the TrainingCourse: only the fields given change. `clearX: true` empties field x. */
export type UpdateTrainingCourseInput = {
  /** Places on the course; null when not limited. */
  capacity?: number | null | undefined;
  /** true: empties `capacity` (sets it to null). */
  clearCapacity?: boolean | null | undefined;
  /** Length of the course in training days, 1 to 366, at most the days from startsOn to endsOn. */
  days?: number | null | undefined;
  /** Last day of the course, not before startsOn. */
  endsOn?: string | null | undefined;
  /** What the course trains. */
  kind?: TrainingCourseKind | null | undefined;
  /** The level of the party committee that runs the course; it is the level of the course's region. */
  organizerLevel?: TrainingCourseOrganizerLevel | null | undefined;
  /** ID of the region whose party committee runs the course. */
  regionID?: string | null | undefined;
  /** First day of the course. */
  startsOn?: string | null | undefined;
  /** Title of the course, 1 to 200 characters. */
  title?: string | null | undefined;
};

/** Changes to an account; omitted fields stay as they are. A change of role, scope, password or disabled ends the user's sessions. */
export type UpdateUserInput = {
  /** Widen the scope to the whole province. */
  clearScope?: boolean | null | undefined;
  /** Disable (true) or enable (false) the account. */
  disabled?: boolean | null | undefined;
  /** The name shown. */
  displayName?: string | null | undefined;
  /** A new password, 10 to 128 characters. */
  password?: string | null | undefined;
  /** The account's role. */
  role?: UserRole | null | undefined;
  /** The coordinator's scope region. */
  scopeRegionID?: string | null | undefined;
};

/** Changes to the Venue: only the fields given change. `clearX: true` empties field x. */
export type UpdateVenueInput = {
  /** Floor area, square metres (more than 0); null when not recorded. */
  area?: number | null | undefined;
  /** Date the venue was built or taken into use; null when not known (it then counts for every year). */
  builtOn?: string | null | undefined;
  /** true: empties `area` (sets it to null). */
  clearArea?: boolean | null | undefined;
  /** true: empties `builtOn` (sets it to null). */
  clearBuiltOn?: boolean | null | undefined;
  /** true: empties `functions` (sets it to its empty value). */
  clearFunctions?: boolean | null | undefined;
  /** true: empties `name` (sets it to its empty value). */
  clearName?: boolean | null | undefined;
  /** The state of the building. */
  condition?: VenueCondition | null | undefined;
  /** What the venue is used for, one per entry, free text (such as party meetings, training, clinic). */
  functions?: Array<string> | null | undefined;
  /** Name of the venue, up to 200 characters; empty when it has none. */
  name?: string | null | undefined;
  /** ID of the village or urban community the venue serves. */
  regionID?: string | null | undefined;
};

/** User.role: ADMIN may do everything; COORDINATOR writes inside the scope region's subtree; ANALYST reads and holds API tokens; VIEWER reads public data. */
export type UserRole =
  | 'ADMIN'
  | 'ANALYST'
  | 'COORDINATOR'
  | 'VIEWER';

/** Venue.condition: The state of the building. */
export type VenueCondition =
  /** Usable, needs minor repair. */
  | 'FAIR'
  /** In good repair; the default. */
  | 'GOOD'
  /** Needs major repair. */
  | 'POOR'
  /** Cannot be used; it does not count as a venue. */
  | 'UNUSABLE';

/**
 * Selects Venue records. Every field given must hold (they combine with AND); `or`
 * gives alternatives and `not` negates. A field left out or null does not filter, so an
 * empty filter matches everything. A comparison never matches a record whose field is null:
 * ask for those with the field's IsNil predicate.
 */
export type VenueWhereInput = {
  /** Only the records that every one of these filters matches. */
  and?: Array<VenueWhereInput> | null | undefined;
  /** `area` equals this value. */
  area?: number | null | undefined;
  /** `area` is greater than this value. */
  areaGT?: number | null | undefined;
  /** `area` is at least this value. */
  areaGTE?: number | null | undefined;
  /** `area` is one of these values (an empty list does not filter). */
  areaIn?: Array<number> | null | undefined;
  /** true: only records where `area` is null (not recorded); false does not filter. */
  areaIsNil?: boolean | null | undefined;
  /** `area` is less than this value. */
  areaLT?: number | null | undefined;
  /** `area` is at most this value. */
  areaLTE?: number | null | undefined;
  /** `area` differs from this value. */
  areaNEQ?: number | null | undefined;
  /** `area` is none of these values (an empty list does not filter). */
  areaNotIn?: Array<number> | null | undefined;
  /** true: only records where `area` is not null; false does not filter. */
  areaNotNil?: boolean | null | undefined;
  /** `builtOn` equals this value. */
  builtOn?: string | null | undefined;
  /** `builtOn` is after this value. */
  builtOnGT?: string | null | undefined;
  /** `builtOn` is on or after this value. */
  builtOnGTE?: string | null | undefined;
  /** `builtOn` is one of these values (an empty list does not filter). */
  builtOnIn?: Array<string> | null | undefined;
  /** true: only records where `builtOn` is null (not recorded); false does not filter. */
  builtOnIsNil?: boolean | null | undefined;
  /** `builtOn` is before this value. */
  builtOnLT?: string | null | undefined;
  /** `builtOn` is on or before this value. */
  builtOnLTE?: string | null | undefined;
  /** `builtOn` differs from this value. */
  builtOnNEQ?: string | null | undefined;
  /** `builtOn` is none of these values (an empty list does not filter). */
  builtOnNotIn?: Array<string> | null | undefined;
  /** true: only records where `builtOn` is not null; false does not filter. */
  builtOnNotNil?: boolean | null | undefined;
  /** `condition` equals this value. */
  condition?: VenueCondition | null | undefined;
  /** `condition` is one of these values (an empty list does not filter). */
  conditionIn?: Array<VenueCondition> | null | undefined;
  /** `condition` differs from this value. */
  conditionNEQ?: VenueCondition | null | undefined;
  /** `condition` is none of these values (an empty list does not filter). */
  conditionNotIn?: Array<VenueCondition> | null | undefined;
  /** `createdAt` equals this value. */
  createdAt?: string | null | undefined;
  /** `createdAt` is after this value. */
  createdAtGT?: string | null | undefined;
  /** `createdAt` is at or after this value. */
  createdAtGTE?: string | null | undefined;
  /** `createdAt` is one of these values (an empty list does not filter). */
  createdAtIn?: Array<string> | null | undefined;
  /** `createdAt` is before this value. */
  createdAtLT?: string | null | undefined;
  /** `createdAt` is at or before this value. */
  createdAtLTE?: string | null | undefined;
  /** `createdAt` differs from this value. */
  createdAtNEQ?: string | null | undefined;
  /** `createdAt` is none of these values (an empty list does not filter). */
  createdAtNotIn?: Array<string> | null | undefined;
  /** true: only records that have a region; false: only those without one. */
  hasRegion?: boolean | null | undefined;
  /** Only records whose region matches every one of these filters. */
  hasRegionWith?: Array<RegionWhereInput> | null | undefined;
  /** `id` equals this value. */
  id?: string | null | undefined;
  /** `id` is greater than this value. */
  idGT?: string | null | undefined;
  /** `id` is at least this value. */
  idGTE?: string | null | undefined;
  /** `id` is one of these values (an empty list does not filter). */
  idIn?: Array<string> | null | undefined;
  /** `id` is less than this value. */
  idLT?: string | null | undefined;
  /** `id` is at most this value. */
  idLTE?: string | null | undefined;
  /** `id` differs from this value. */
  idNEQ?: string | null | undefined;
  /** `id` is none of these values (an empty list does not filter). */
  idNotIn?: Array<string> | null | undefined;
  /** Only venues of this region's subtree (the region included). */
  inRegion?: string | null | undefined;
  /** `name` equals this value. */
  name?: string | null | undefined;
  /** `name` contains this text (case-sensitive). */
  nameContains?: string | null | undefined;
  /** `name` contains this text, ignoring case. */
  nameContainsFold?: string | null | undefined;
  /** `name` equals this text, ignoring case. */
  nameEqualFold?: string | null | undefined;
  /** `name` sorts after this value. */
  nameGT?: string | null | undefined;
  /** `name` sorts at or after this value. */
  nameGTE?: string | null | undefined;
  /** `name` starts with this text. */
  nameHasPrefix?: string | null | undefined;
  /** `name` ends with this text. */
  nameHasSuffix?: string | null | undefined;
  /** `name` is one of these values (an empty list does not filter). */
  nameIn?: Array<string> | null | undefined;
  /** true: only records where `name` is null (not recorded); false does not filter. */
  nameIsNil?: boolean | null | undefined;
  /** `name` sorts before this value. */
  nameLT?: string | null | undefined;
  /** `name` sorts at or before this value. */
  nameLTE?: string | null | undefined;
  /** `name` differs from this value. */
  nameNEQ?: string | null | undefined;
  /** `name` is none of these values (an empty list does not filter). */
  nameNotIn?: Array<string> | null | undefined;
  /** true: only records where `name` is not null; false does not filter. */
  nameNotNil?: boolean | null | undefined;
  /** Only the records this filter does not match. */
  not?: VenueWhereInput | null | undefined;
  /** Only the records that at least one of these filters matches. */
  or?: Array<VenueWhereInput> | null | undefined;
  /** `updatedAt` equals this value. */
  updatedAt?: string | null | undefined;
  /** `updatedAt` is after this value. */
  updatedAtGT?: string | null | undefined;
  /** `updatedAt` is at or after this value. */
  updatedAtGTE?: string | null | undefined;
  /** `updatedAt` is one of these values (an empty list does not filter). */
  updatedAtIn?: Array<string> | null | undefined;
  /** `updatedAt` is before this value. */
  updatedAtLT?: string | null | undefined;
  /** `updatedAt` is at or before this value. */
  updatedAtLTE?: string | null | undefined;
  /** `updatedAt` differs from this value. */
  updatedAtNEQ?: string | null | undefined;
  /** `updatedAt` is none of these values (an empty list does not filter). */
  updatedAtNotIn?: Array<string> | null | undefined;
};

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type HistoryEventFragment = { id: string, at: string, actorName: string, operation: AuditEventOperation, changes: Array<{ field: string, before: unknown, after: unknown }> };

export type EntityHistoryQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type EntityHistoryQuery = { node:
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Appraisal', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commendation', id: string }
    | { __typename: 'IndicatorTarget', id: string }
    | { __typename: 'Link', id: string }
    | { __typename: 'LinkActivity', id: string }
    | { __typename: 'Organization', id: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorName: string, operation: AuditEventOperation, changes: Array<{ field: string, before: unknown, after: unknown }> } | null } | null> | null } }
    | { __typename: 'Person', id: string, history: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorName: string, operation: AuditEventOperation, changes: Array<{ field: string, before: unknown, after: unknown }> } | null } | null> | null } }
    | { __typename: 'Position', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectIncome', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RuralIncome', id: string }
    | { __typename: 'TrainingAttendance', id: string }
    | { __typename: 'TrainingCourse', id: string }
    | { __typename: 'TwinningTransition', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Venue', id: string }
   | null };

export type ProjectEditQueryVariables = Exact<{
  id: string;
}>;


export type ProjectEditQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project', id: string, version: number, viewerCanEdit: boolean, name: string, nameLatin: string | null, kind: ProjectKind, industry: string | null, status: ProjectStatus, startedOn: string | null, acceptedOn: string | null, investment: number | null, households: number | null, responsibilityLetterOn: string | null, region: { id: string, name: string }, organization: { id: string, name: string } | null, leader: { id: string, name: string } | null, incomes: Array<{ id: string, version: number, year: number, income: number }> | null }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type CreateProjectMutationVariables = Exact<{
  input: CreateProjectInput;
}>;


export type CreateProjectMutation = { createProject: { id: string, version: number, name: string } };

export type UpdateProjectMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateProjectInput;
}>;


export type UpdateProjectMutation = { updateProject: { id: string, version: number, name: string, nameLatin: string | null, kind: ProjectKind, industry: string | null, status: ProjectStatus, startedOn: string | null, acceptedOn: string | null, investment: number | null, households: number | null, responsibilityLetterOn: string | null, leader: { id: string, name: string } | null } };

export type CreateProjectIncomeMutationVariables = Exact<{
  input: CreateProjectIncomeInput;
}>;


export type CreateProjectIncomeMutation = { createProjectIncome: { id: string, version: number, year: number, income: number } };

export type UpdateProjectIncomeMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateProjectIncomeInput;
}>;


export type UpdateProjectIncomeMutation = { updateProjectIncome: { id: string, version: number, year: number, income: number } };

export type DeleteProjectIncomeMutationVariables = Exact<{
  id: string;
}>;


export type DeleteProjectIncomeMutation = { deleteProjectIncome: string };

export type SearchBoxQueryVariables = Exact<{
  q: string;
  first: number;
}>;


export type SearchBoxQuery = { regions: Array<{ type: SearchType, title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', nameLatin: string | null, kind: OrganizationKind, id: string }
      | { __typename: 'Person', nameLatin: string | null, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', nameLatin: string | null, level: RegionLevel, id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }>, organizations: Array<{ type: SearchType, title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', nameLatin: string | null, kind: OrganizationKind, id: string }
      | { __typename: 'Person', nameLatin: string | null, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', nameLatin: string | null, level: RegionLevel, id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }>, people: Array<{ type: SearchType, title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', nameLatin: string | null, kind: OrganizationKind, id: string }
      | { __typename: 'Person', nameLatin: string | null, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', nameLatin: string | null, level: RegionLevel, id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }> };

export type SearchBoxHitFragment = { type: SearchType, title: string, subtitle: string | null, node:
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Appraisal', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commendation', id: string }
    | { __typename: 'IndicatorTarget', id: string }
    | { __typename: 'Link', id: string }
    | { __typename: 'LinkActivity', id: string }
    | { __typename: 'Organization', nameLatin: string | null, kind: OrganizationKind, id: string }
    | { __typename: 'Person', nameLatin: string | null, id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectIncome', id: string }
    | { __typename: 'Region', nameLatin: string | null, level: RegionLevel, id: string }
    | { __typename: 'RuralIncome', id: string }
    | { __typename: 'TrainingAttendance', id: string }
    | { __typename: 'TrainingCourse', id: string }
    | { __typename: 'TwinningTransition', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Venue', id: string }
   };

export type EntityPickerSearchQueryVariables = Exact<{
  q: string;
  types?: Array<SearchType> | SearchType | null | undefined;
  first: number;
}>;


export type EntityPickerSearchQuery = { search: Array<{ title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }> };

export type RegionIndicatorsQueryVariables = Exact<{
  region: string;
  year: number;
}>;


export type RegionIndicatorsQuery = { indicators: Array<{ code: IndicatorCode, project: IndicatorProject, unitKind: IndicatorUnitKind, numerator: number, denominator: number, value: number | null, target: number, deadline: string | null, yearly: boolean, met: boolean, overdue: boolean, gap: number, title: { zh: string, en: string }, unit: { zh: string, en: string } }> };

export type IndicatorFiguresFragment = { code: IndicatorCode, project: IndicatorProject, unitKind: IndicatorUnitKind, numerator: number, denominator: number, value: number | null, target: number, deadline: string | null, yearly: boolean, met: boolean, overdue: boolean, gap: number, title: { zh: string, en: string }, unit: { zh: string, en: string } };

export type PageInfoFragment = { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null };

export type AppraisalRowFragment = { id: string, version: number, year: number, kind: AppraisalKind, rating: AppraisalRating, note: string | null };

export type SubjectAppraisalsQueryVariables = Exact<{
  id: string;
}>;


export type SubjectAppraisalsQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, appraisals: Array<{ id: string, version: number, year: number, kind: AppraisalKind, rating: AppraisalRating, note: string | null }> | null }
    | { __typename: 'Person', id: string, appraisals: Array<{ id: string, version: number, year: number, kind: AppraisalKind, rating: AppraisalRating, note: string | null }> | null }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type CreateAppraisalMutationVariables = Exact<{
  input: CreateAppraisalInput;
}>;


export type CreateAppraisalMutation = { createAppraisal: { id: string, version: number, year: number, kind: AppraisalKind, rating: AppraisalRating, note: string | null } };

export type UpdateAppraisalMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateAppraisalInput;
}>;


export type UpdateAppraisalMutation = { updateAppraisal: { id: string, version: number, year: number, kind: AppraisalKind, rating: AppraisalRating, note: string | null } };

export type DeleteAppraisalMutationVariables = Exact<{
  id: string;
}>;


export type DeleteAppraisalMutation = { deleteAppraisal: string };

export type CommendationRowFragment = { id: string, version: number, year: number, title: string, awardedBy: string | null, bonus: number | null };

export type SubjectCommendationsQueryVariables = Exact<{
  id: string;
}>;


export type SubjectCommendationsQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, commendations: Array<{ id: string, version: number, year: number, title: string, awardedBy: string | null, bonus: number | null }> | null }
    | { __typename: 'Person', id: string, commendations: Array<{ id: string, version: number, year: number, title: string, awardedBy: string | null, bonus: number | null }> | null }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type CreateCommendationMutationVariables = Exact<{
  input: CreateCommendationInput;
}>;


export type CreateCommendationMutation = { createCommendation: { id: string, version: number, year: number, title: string, awardedBy: string | null, bonus: number | null } };

export type UpdateCommendationMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateCommendationInput;
}>;


export type UpdateCommendationMutation = { updateCommendation: { id: string, version: number, year: number, title: string, awardedBy: string | null, bonus: number | null } };

export type DeleteCommendationMutationVariables = Exact<{
  id: string;
}>;


export type DeleteCommendationMutation = { deleteCommendation: string };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: UserRole, user: { id: string, username: string, displayName: string, role: UserRole }, scope: { id: string, name: string } | null, can: { edit: boolean, manageUsers: boolean, readAudit: boolean, holdTokens: boolean } } | null };

export type AuditRowFragment = { id: string, at: string, actorName: string, operation: AuditEventOperation, entityType: string, entityID: string, requestID: string, actor: { id: string, username: string } | null, changes: Array<{ field: string, before: unknown, after: unknown }> };

export type AuditEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  where?: AuditEventFilter | null | undefined;
}>;


export type AuditEventsQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, at: string, actorName: string, operation: AuditEventOperation, entityType: string, entityID: string, requestID: string, actor: { id: string, username: string } | null, changes: Array<{ field: string, before: unknown, after: unknown }> } | null } | null> | null } };

export type AuditActorsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditActorsQuery = { users: { edges: Array<{ node: { id: string, username: string, displayName: string } | null } | null> | null } };

export type RegionPickerQueryVariables = Exact<{
  q: string;
}>;


export type RegionPickerQuery = { search: Array<{ title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }> };

export type RuralIncomesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type RuralIncomesQuery = { ruralIncomes: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, year: number, incomePerHead: number, source: string | null } | null } | null> | null } };

export type CreateRuralIncomeMutationVariables = Exact<{
  input: CreateRuralIncomeInput;
}>;


export type CreateRuralIncomeMutation = { createRuralIncome: { id: string, version: number, year: number, incomePerHead: number, source: string | null } };

export type UpdateRuralIncomeMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateRuralIncomeInput;
}>;


export type UpdateRuralIncomeMutation = { updateRuralIncome: { id: string, version: number, year: number, incomePerHead: number, source: string | null } };

export type DeleteRuralIncomeMutationVariables = Exact<{
  id: string;
}>;


export type DeleteRuralIncomeMutation = { deleteRuralIncome: string };

export type ApiTokenRowFragment = { id: string, name: string, role: ApiTokenRole, createdAt: string, expiresOn: string | null, revokedAt: string | null, lastUsedAt: string | null, scopeRegion: { id: string, name: string } | null };

export type ApiTokensQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiTokensQuery = { apiTokens: Array<{ id: string, name: string, role: ApiTokenRole, createdAt: string, expiresOn: string | null, revokedAt: string | null, lastUsedAt: string | null, scopeRegion: { id: string, name: string } | null }> };

export type CreateApiTokenMutationVariables = Exact<{
  name: string;
  expiresOn?: string | null | undefined;
}>;


export type CreateApiTokenMutation = { createApiToken: { secret: string, token: { id: string, name: string, role: ApiTokenRole, createdAt: string, expiresOn: string | null, revokedAt: string | null, lastUsedAt: string | null, scopeRegion: { id: string, name: string } | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeApiTokenMutation = { revokeApiToken: { id: string, name: string, role: ApiTokenRole, createdAt: string, expiresOn: string | null, revokedAt: string | null, lastUsedAt: string | null, scopeRegion: { id: string, name: string } | null } };

export type UserRowFragment = { id: string, username: string, displayName: string, role: UserRole, disabled: boolean, version: number, createdAt: string, scopeRegion: { id: string, name: string } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { id: string, username: string, displayName: string, role: UserRole, disabled: boolean, version: number, createdAt: string, scopeRegion: { id: string, name: string } | null } };

export type UpdateUserMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { id: string, username: string, displayName: string, role: UserRole, disabled: boolean, version: number, createdAt: string, scopeRegion: { id: string, name: string } | null } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, username: string, displayName: string, role: UserRole, disabled: boolean, version: number, createdAt: string, scopeRegion: { id: string, name: string } | null } | null } | null> | null } };

export type DashboardQueryVariables = Exact<{
  region?: string | null | undefined;
  year: number;
}>;


export type DashboardQuery = { indicators: Array<{ asOf: string, code: IndicatorCode, project: IndicatorProject, unitKind: IndicatorUnitKind, numerator: number, denominator: number, value: number | null, target: number, deadline: string | null, yearly: boolean, met: boolean, overdue: boolean, gap: number, region: { id: string, name: string, nameLatin: string | null, level: RegionLevel }, title: { zh: string, en: string }, unit: { zh: string, en: string } }> };

export type DashboardRegionQueryVariables = Exact<{
  id: string;
}>;


export type DashboardRegionQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, name: string, nameLatin: string | null, level: RegionLevel, ancestors: Array<{ id: string, name: string, nameLatin: string | null }>, children: { totalCount: number, edges: Array<{ node: { id: string, name: string, nameLatin: string | null, level: RegionLevel } | null } | null> | null } }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type DashboardRegionSearchQueryVariables = Exact<{
  q: string;
}>;


export type DashboardRegionSearchQuery = { search: Array<{ title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }> };

export type IndicatorPageQueryVariables = Exact<{
  code: IndicatorCode;
  region?: string | null | undefined;
  year: number;
  from: number;
}>;


export type IndicatorPageQuery = { indicator: { clause: string, asOf: string, targetSet: boolean, targetNote: string | null, code: IndicatorCode, project: IndicatorProject, unitKind: IndicatorUnitKind, numerator: number, denominator: number, value: number | null, target: number, deadline: string | null, yearly: boolean, met: boolean, overdue: boolean, gap: number, description: { zh: string, en: string }, rule: { zh: string, en: string }, region: { id: string, name: string, nameLatin: string | null, level: RegionLevel, ancestors: Array<{ id: string, name: string, nameLatin: string | null }> }, breakdown: Array<{ numerator: number, denominator: number, value: number | null, target: number, met: boolean, overdue: boolean, gap: number, region: { id: string, name: string, nameLatin: string | null, level: RegionLevel } }>, trend: Array<{ year: number, numerator: number, denominator: number, value: number | null }>, title: { zh: string, en: string }, unit: { zh: string, en: string } } | null };

export type IndicatorShortfallsQueryVariables = Exact<{
  code: IndicatorCode;
  region?: string | null | undefined;
  year: number;
  first: number;
  after?: string | null | undefined;
}>;


export type IndicatorShortfallsQuery = { indicator: { code: IndicatorCode, shortfalls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { unitKind: IndicatorUnitKind, reason: { zh: string, en: string }, region: { id: string, name: string, nameLatin: string | null }, unit:
            | { __typename: 'ApiToken', id: string }
            | { __typename: 'Appraisal', id: string }
            | { __typename: 'AuditEvent', id: string }
            | { __typename: 'Commendation', id: string }
            | { __typename: 'IndicatorTarget', id: string }
            | { __typename: 'Link', id: string }
            | { __typename: 'LinkActivity', id: string }
            | { __typename: 'Organization', name: string, nameLatin: string | null, id: string }
            | { __typename: 'Person', name: string, nameLatin: string | null, id: string }
            | { __typename: 'Position', id: string }
            | { __typename: 'Project', id: string }
            | { __typename: 'ProjectIncome', id: string }
            | { __typename: 'Region', name: string, nameLatin: string | null, id: string }
            | { __typename: 'RuralIncome', id: string }
            | { __typename: 'TrainingAttendance', id: string }
            | { __typename: 'TrainingCourse', id: string }
            | { __typename: 'TwinningTransition', id: string }
            | { __typename: 'User', id: string }
            | { __typename: 'Venue', id: string }
           } }> } } | null };

export type SetIndicatorTargetMutationVariables = Exact<{
  code: IndicatorCode;
  target: number;
  deadline?: string | null | undefined;
  note?: string | null | undefined;
}>;


export type SetIndicatorTargetMutation = { setIndicatorTarget: { code: IndicatorCode, target: number, deadline: string | null, yearly: boolean, targetSet: boolean, targetNote: string | null } };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { role: UserRole, user: { id: string, displayName: string } } };

export type NetworkExplorerGraphQueryVariables = Exact<{
  seeds: Array<string> | string;
  depth: number;
  kinds?: Array<LinkKind> | LinkKind | null | undefined;
  includeHierarchy: boolean;
  asOf?: string | null | undefined;
  maxNodes: number;
}>;


export type NetworkExplorerGraphQuery = { network: { truncated: boolean, nodes: Array<{ depth: number, degree: number, hiddenNeighbors: number, organization: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind } }>, edges: Array<{ id: string, kind: NetworkEdgeKind, source: { id: string }, target: { id: string }, link: { status: LinkStatus, startedOn: string | null, endedOn: string | null } | null }> } };

export type NetworkExplorerSeedsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type NetworkExplorerSeedsQuery = { nodes: Array<
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Appraisal', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commendation', id: string }
    | { __typename: 'IndicatorTarget', id: string }
    | { __typename: 'Link', id: string }
    | { __typename: 'LinkActivity', id: string }
    | { __typename: 'Organization', name: string, nameLatin: string | null, kind: OrganizationKind, id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectIncome', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RuralIncome', id: string }
    | { __typename: 'TrainingAttendance', id: string }
    | { __typename: 'TrainingCourse', id: string }
    | { __typename: 'TwinningTransition', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Venue', id: string }
   | null> };

export type NetworkExplorerSearchQueryVariables = Exact<{
  q: string;
}>;


export type NetworkExplorerSearchQuery = { search: Array<{ title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', name: string, nameLatin: string | null, kind: OrganizationKind, id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }> };

export type NetworkExplorerPathQueryVariables = Exact<{
  from: string;
  to: string;
  kinds?: Array<LinkKind> | LinkKind | null | undefined;
  includeHierarchy: boolean;
  asOf?: string | null | undefined;
}>;


export type NetworkExplorerPathQuery = { shortestPath: { length: number, organizations: Array<{ id: string, name: string, nameLatin: string | null, kind: OrganizationKind }>, edges: Array<{ id: string, kind: NetworkEdgeKind, source: { id: string }, target: { id: string } }> } | null };

export type NetworkExplorerSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworkExplorerSuggestionsQuery = { networkCentrality: { scores: Array<{ score: number, organization: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind } }> } };

export type LinkActivitiesQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type LinkActivitiesQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link', id: string, viewerCanEdit: boolean, activities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, on: string, kind: LinkActivityKind, participants: number | null, amount: number | null, description: string | null } | null } | null> | null } }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type CreateLinkActivityMutationVariables = Exact<{
  input: CreateLinkActivityInput;
}>;


export type CreateLinkActivityMutation = { createLinkActivity: { id: string, version: number, on: string, kind: LinkActivityKind } };

export type UpdateLinkActivityMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateLinkActivityInput;
}>;


export type UpdateLinkActivityMutation = { updateLinkActivity: { id: string, version: number, on: string, kind: LinkActivityKind, participants: number | null, amount: number | null, description: string | null } };

export type DeleteLinkActivityMutationVariables = Exact<{
  id: string;
}>;


export type DeleteLinkActivityMutation = { deleteLinkActivity: string };

export type CreateLinkMutationVariables = Exact<{
  input: CreateLinkInput;
}>;


export type CreateLinkMutation = { createLink: { id: string, version: number, kind: LinkKind, status: LinkStatus } };

export type UpdateLinkMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateLinkInput;
}>;


export type UpdateLinkMutation = { updateLink: { id: string, version: number, kind: LinkKind, status: LinkStatus, startedOn: string | null, endedOn: string | null, goals: string | null, notes: string | null } };

export type DeleteLinkMutationVariables = Exact<{
  id: string;
}>;


export type DeleteLinkMutation = { deleteLink: string };

export type OrganizationChildrenQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganizationChildrenQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, children: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind, status: OrganizationStatus, region: { id: string, name: string, nameLatin: string | null } } | null } | null> | null } }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateOrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, version: number, name: string, nameLatin: string | null, status: OrganizationStatus, foundedOn: string | null, dissolvedOn: string | null, creditCode: string | null, industry: string | null, twinningCapacity: number | null, viewerCanEdit: boolean } };

export type OrganizationLinksQueryVariables = Exact<{
  id: string;
  kinds?: Array<LinkKind> | LinkKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganizationLinksQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, viewerCanEdit: boolean, kind: LinkKind, status: LinkStatus, startedOn: string | null, endedOn: string | null, goals: string | null, notes: string | null, source: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind }, target: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind } } | null } | null> | null } }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type OrganizationMembersQueryVariables = Exact<{
  id: string;
  where?: PositionWhereInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganizationMembersQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, positions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, role: PositionRole, startedOn: string | null, endedOn: string | null, selectionMethod: PositionSelectionMethod | null, basicRemuneration: number | null, person: { id: string, name: string, nameLatin: string | null } } | null } | null> | null } }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type OrganizationProjectsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganizationProjectsQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, projects: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, viewerCanEdit: boolean, name: string, nameLatin: string | null, kind: ProjectKind, status: ProjectStatus, startedOn: string | null, investment: number | null, leader: { id: string, name: string, nameLatin: string | null } | null, incomes: Array<{ year: number, income: number }> | null } | null } | null> | null } }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type OrganizationTimelineQueryVariables = Exact<{
  id: string;
  limit: number;
}>;


export type OrganizationTimelineQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, positions: { totalCount: number, edges: Array<{ node: { id: string, role: PositionRole, startedOn: string | null, endedOn: string | null, person: { id: string, name: string } } | null } | null> | null }, links: { totalCount: number, edges: Array<{ node: { id: string, kind: LinkKind, startedOn: string | null, endedOn: string | null, source: { id: string, name: string }, target: { id: string, name: string } } | null } | null> | null } }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type OrganizationTwinningQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganizationTwinningQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, twinningCapacity: number | null, twinningLoad: number, twinningRemaining: number | null, links: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, status: LinkStatus, startedOn: string | null, lastActivityOn: string | null, stale: boolean, target: { id: string, name: string, nameLatin: string | null, region: { id: string, name: string, nameLatin: string | null } } } | null } | null> | null } }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type CreatePositionMutationVariables = Exact<{
  input: CreatePositionInput;
}>;


export type CreatePositionMutation = { createPosition: { id: string, version: number, role: PositionRole, startedOn: string | null, endedOn: string | null, person: { id: string, name: string } } };

export type EndPositionMutationVariables = Exact<{
  id: string;
  version: number;
  endedOn: string;
}>;


export type EndPositionMutation = { updatePosition: { id: string, version: number, endedOn: string | null } };

export type DeletePositionMutationVariables = Exact<{
  id: string;
}>;


export type DeletePositionMutation = { deletePosition: string };

export type OrganizationPageQueryVariables = Exact<{
  id: string;
}>;


export type OrganizationPageQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization', id: string, version: number, viewerCanEdit: boolean, name: string, nameLatin: string | null, kind: OrganizationKind, setting: OrganizationSetting | null, status: OrganizationStatus, foundedOn: string | null, dissolvedOn: string | null, creditCode: string | null, industry: string | null, twinningCapacity: number | null, memberCount: number, region: { id: string, name: string, nameLatin: string | null, ancestors: Array<{ id: string, name: string, nameLatin: string | null }> }, parent: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind } | null, host: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind } | null, partyOrganizations: Array<{ id: string, name: string, nameLatin: string | null, kind: OrganizationKind, status: OrganizationStatus }>, children: { totalCount: number }, currentLeaders: Array<{ id: string, role: PositionRole, startedOn: string | null, person: { id: string, name: string, nameLatin: string | null } }> }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type UpdatePersonMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdatePersonInput;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, version: number, viewerCanEdit: boolean, name: string, nameLatin: string | null, gender: PersonGender | null, birthDate: string | null, birthYear: number | null, ethnicity: string | null, education: PersonEducation | null, politicalStatus: PersonPoliticalStatus, joinedPartyOn: string | null, backgrounds: Array<PersonBackground> | null, skills: Array<string> | null, migrant: boolean, currentLocation: string | null, endowmentInsuredSince: string | null, idNumber: string | null, phone: string | null, homeRegion: { id: string, name: string, nameLatin: string | null } | null } };

export type PersonPageQueryVariables = Exact<{
  id: string;
}>;


export type PersonPageQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', id: string, version: number, name: string, nameLatin: string | null, viewerCanEdit: boolean, gender: PersonGender | null, birthDate: string | null, birthYear: number | null, ethnicity: string | null, education: PersonEducation | null, politicalStatus: PersonPoliticalStatus, joinedPartyOn: string | null, backgrounds: Array<PersonBackground> | null, skills: Array<string> | null, migrant: boolean, currentLocation: string | null, endowmentInsuredSince: string | null, idNumber: string | null, phone: string | null, homeRegion: { id: string, name: string, nameLatin: string | null, ancestors: Array<{ id: string, name: string, nameLatin: string | null }> } | null, currentPositions: Array<{ id: string, role: PositionRole, startedOn: string | null, endedOn: string | null, selectionMethod: PositionSelectionMethod | null, basicRemuneration: number | null, organization: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind, region: { id: string, name: string, nameLatin: string | null } } }> }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type PersonPastPostsQueryVariables = Exact<{
  id: string;
  on: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PersonPastPostsQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', id: string, positions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, role: PositionRole, startedOn: string | null, endedOn: string | null, selectionMethod: PositionSelectionMethod | null, organization: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind } } | null } | null> | null } }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type PersonProjectsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type PersonProjectsQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', id: string, ledProjects: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, kind: ProjectKind, status: ProjectStatus, startedOn: string | null, organization: { id: string, name: string, nameLatin: string | null } | null, region: { id: string, name: string, nameLatin: string | null }, incomes: Array<{ year: number, income: number }> | null } | null } | null> | null } }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type PersonTimelineQueryVariables = Exact<{
  id: string;
  limit: number;
}>;


export type PersonTimelineQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', id: string, positions: { totalCount: number, edges: Array<{ node: { id: string, role: PositionRole, startedOn: string | null, endedOn: string | null, organization: { id: string, name: string } } | null } | null> | null } }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type PersonTrainingQueryVariables = Exact<{
  id: string;
  last: number;
}>;


export type PersonTrainingQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person', id: string, attendances: { totalCount: number, edges: Array<{ node: { id: string, days: number, completed: boolean, course: { id: string, title: string, kind: TrainingCourseKind, startsOn: string, days: number, region: { id: string, name: string, nameLatin: string | null } } } | null } | null> | null } }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type RegionPageQueryVariables = Exact<{
  id: string;
}>;


export type RegionPageQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, name: string, nameLatin: string | null, level: RegionLevel, code: string, border: boolean, backward: boolean, difficult: boolean, households: number | null, population: number | null, collectiveIncome: number | null, leadingIndustry: string | null, ancestors: Array<{ id: string, name: string, nameLatin: string | null }>, stats: { organizations: number, partyMembers: number, links: number }, children: { totalCount: number } }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type RegionRootsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type RegionRootsQuery = { regions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameLatin: string | null, level: RegionLevel, code: string, border: boolean, backward: boolean, difficult: boolean, population: number | null, stats: { organizations: number, partyMembers: number, links: number }, children: { totalCount: number } } | null } | null> | null } };

export type RegionRowFragment = { id: string, name: string, nameLatin: string | null, level: RegionLevel, code: string, border: boolean, backward: boolean, difficult: boolean, population: number | null, stats: { organizations: number, partyMembers: number, links: number }, children: { totalCount: number } };

export type RegionChildrenQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type RegionChildrenQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, children: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameLatin: string | null, level: RegionLevel, code: string, border: boolean, backward: boolean, difficult: boolean, population: number | null, stats: { organizations: number, partyMembers: number, links: number }, children: { totalCount: number } } | null } | null> | null } }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type CreateVenueMutationVariables = Exact<{
  input: CreateVenueInput;
}>;


export type CreateVenueMutation = { createVenue: { id: string, version: number, name: string | null } };

export type UpdateVenueMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateVenueInput;
}>;


export type UpdateVenueMutation = { updateVenue: { id: string, version: number, name: string | null, builtOn: string | null, area: number | null, condition: VenueCondition, functions: Array<string> | null } };

export type DeleteVenueMutationVariables = Exact<{
  id: string;
}>;


export type DeleteVenueMutation = { deleteVenue: string };

export type RegionVenuesQueryVariables = Exact<{
  id: string;
}>;


export type RegionVenuesQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, venues: Array<{ id: string, version: number, name: string | null, builtOn: string | null, area: number | null, condition: VenueCondition, functions: Array<string> | null }> | null }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type VillageCommitteesQueryVariables = Exact<{
  id: string;
}>;


export type VillageCommitteesQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, organizations: { edges: Array<{ node: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind, currentLeaders: Array<{ id: string, role: PositionRole, startedOn: string | null, person: { id: string, name: string, nameLatin: string | null } }> } | null } | null> | null } }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type VillageOrganizationsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type VillageOrganizationsQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind, setting: OrganizationSetting | null, status: OrganizationStatus, foundedOn: string | null, memberCount: number } | null } | null> | null } }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type VillageProjectsQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type VillageProjectsQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, projects: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, viewerCanEdit: boolean, name: string, kind: ProjectKind, status: ProjectStatus, startedOn: string | null, organization: { id: string, name: string, nameLatin: string | null } | null, leader: { id: string, name: string, nameLatin: string | null } | null, incomes: Array<{ year: number, income: number }> | null } | null } | null> | null } }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type HomeStatsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeStatsQuery = { villages: { totalCount: number }, organizations: { totalCount: number }, people: { totalCount: number }, links: { totalCount: number } };

export type SearchPageQueryVariables = Exact<{
  q: string;
}>;


export type SearchPageQuery = { regions: Array<{ type: SearchType, title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', nameLatin: string | null, kind: OrganizationKind, status: OrganizationStatus, id: string }
      | { __typename: 'Person', nameLatin: string | null, gender: PersonGender | null, birthDate: string | null, politicalStatus: PersonPoliticalStatus, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', nameLatin: string | null, code: string, level: RegionLevel, backward: boolean, border: boolean, id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }>, organizations: Array<{ type: SearchType, title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', nameLatin: string | null, kind: OrganizationKind, status: OrganizationStatus, id: string }
      | { __typename: 'Person', nameLatin: string | null, gender: PersonGender | null, birthDate: string | null, politicalStatus: PersonPoliticalStatus, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', nameLatin: string | null, code: string, level: RegionLevel, backward: boolean, border: boolean, id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }>, people: Array<{ type: SearchType, title: string, subtitle: string | null, node:
      | { __typename: 'ApiToken', id: string }
      | { __typename: 'Appraisal', id: string }
      | { __typename: 'AuditEvent', id: string }
      | { __typename: 'Commendation', id: string }
      | { __typename: 'IndicatorTarget', id: string }
      | { __typename: 'Link', id: string }
      | { __typename: 'LinkActivity', id: string }
      | { __typename: 'Organization', nameLatin: string | null, kind: OrganizationKind, status: OrganizationStatus, id: string }
      | { __typename: 'Person', nameLatin: string | null, gender: PersonGender | null, birthDate: string | null, politicalStatus: PersonPoliticalStatus, id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Project', id: string }
      | { __typename: 'ProjectIncome', id: string }
      | { __typename: 'Region', nameLatin: string | null, code: string, level: RegionLevel, backward: boolean, border: boolean, id: string }
      | { __typename: 'RuralIncome', id: string }
      | { __typename: 'TrainingAttendance', id: string }
      | { __typename: 'TrainingCourse', id: string }
      | { __typename: 'TwinningTransition', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Venue', id: string }
     }> };

export type SearchPageHitFragment = { type: SearchType, title: string, subtitle: string | null, node:
    | { __typename: 'ApiToken', id: string }
    | { __typename: 'Appraisal', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'Commendation', id: string }
    | { __typename: 'IndicatorTarget', id: string }
    | { __typename: 'Link', id: string }
    | { __typename: 'LinkActivity', id: string }
    | { __typename: 'Organization', nameLatin: string | null, kind: OrganizationKind, status: OrganizationStatus, id: string }
    | { __typename: 'Person', nameLatin: string | null, gender: PersonGender | null, birthDate: string | null, politicalStatus: PersonPoliticalStatus, id: string }
    | { __typename: 'Position', id: string }
    | { __typename: 'Project', id: string }
    | { __typename: 'ProjectIncome', id: string }
    | { __typename: 'Region', nameLatin: string | null, code: string, level: RegionLevel, backward: boolean, border: boolean, id: string }
    | { __typename: 'RuralIncome', id: string }
    | { __typename: 'TrainingAttendance', id: string }
    | { __typename: 'TrainingCourse', id: string }
    | { __typename: 'TwinningTransition', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Venue', id: string }
   };

export type CreateTrainingAttendanceMutationVariables = Exact<{
  input: CreateTrainingAttendanceInput;
}>;


export type CreateTrainingAttendanceMutation = { createTrainingAttendance: { id: string, version: number, days: number, completed: boolean } };

export type UpdateTrainingAttendanceMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateTrainingAttendanceInput;
}>;


export type UpdateTrainingAttendanceMutation = { updateTrainingAttendance: { id: string, version: number, days: number, completed: boolean } };

export type DeleteTrainingAttendanceMutationVariables = Exact<{
  id: string;
}>;


export type DeleteTrainingAttendanceMutation = { deleteTrainingAttendance: string };

export type CreateTrainingCourseMutationVariables = Exact<{
  input: CreateTrainingCourseInput;
}>;


export type CreateTrainingCourseMutation = { createTrainingCourse: { id: string, version: number, title: string } };

export type UpdateTrainingCourseMutationVariables = Exact<{
  id: string;
  version: number;
  input: UpdateTrainingCourseInput;
}>;


export type UpdateTrainingCourseMutation = { updateTrainingCourse: { id: string, version: number, title: string, kind: TrainingCourseKind, startsOn: string, endsOn: string, days: number, capacity: number | null } };

export type DeleteTrainingCourseMutationVariables = Exact<{
  id: string;
}>;


export type DeleteTrainingCourseMutation = { deleteTrainingCourse: string };

export type CoursePageQueryVariables = Exact<{
  id: string;
}>;


export type CoursePageQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse', id: string, version: number, title: string, kind: TrainingCourseKind, organizerLevel: TrainingCourseOrganizerLevel, startsOn: string, endsOn: string, days: number, capacity: number | null, region: { id: string, name: string, nameLatin: string | null, ancestors: Array<{ id: string, name: string, nameLatin: string | null }> } }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type CourseAttendanceQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type CourseAttendanceQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse', id: string, attendances: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, days: number, completed: boolean, person: { id: string, name: string, nameLatin: string | null, viewerCanEdit: boolean, homeRegion: { id: string, name: string, nameLatin: string | null } | null } } | null } | null> | null } }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type TrainingRegionQueryVariables = Exact<{
  id: string;
}>;


export type TrainingRegionQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, name: string, nameLatin: string | null, level: RegionLevel, ancestors: Array<{ id: string, name: string, nameLatin: string | null }> }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type TrainingCoursesQueryVariables = Exact<{
  where: TrainingCourseWhereInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TrainingCoursesQuery = { trainingCourses: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, kind: TrainingCourseKind, organizerLevel: TrainingCourseOrganizerLevel, startsOn: string, endsOn: string, days: number, capacity: number | null, region: { id: string, name: string, nameLatin: string | null }, attendances: { totalCount: number } } | null } | null> | null } };

export type TwinningActivitiesQueryVariables = Exact<{
  id: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TwinningActivitiesQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link', id: string, activities: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, on: string, kind: LinkActivityKind, amount: number | null, participants: number | null, description: string | null } | null } | null> | null } }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type RecordTwinningActivityMutationVariables = Exact<{
  input: RecordTwinningActivityInput;
}>;


export type RecordTwinningActivityMutation = { recordTwinningActivity: { id: string, on: string, kind: LinkActivityKind } };

export type TwinningOverviewQueryVariables = Exact<{
  region: string;
}>;


export type TwinningOverviewQuery = { twinningOverview: { year: number, day: string, backwardVillages: number, covered: number, uncovered: number, coverage: number, stale: number, staleDays: number, activities: number, funds: number, byStatus: Array<{ status: LinkStatus, count: number }>, topPartners: Array<{ activities: number, funds: number, partner: { id: string, name: string, nameLatin: string | null } }> } };

export type ActivateTwinningMutationVariables = Exact<{
  input: TwinningTransitionInput;
}>;


export type ActivateTwinningMutation = { activateTwinning: { id: string, status: LinkStatus, startedOn: string | null, endedOn: string | null } };

export type SuspendTwinningMutationVariables = Exact<{
  input: TwinningTransitionInput;
}>;


export type SuspendTwinningMutation = { suspendTwinning: { id: string, status: LinkStatus, startedOn: string | null, endedOn: string | null } };

export type ResumeTwinningMutationVariables = Exact<{
  input: TwinningTransitionInput;
}>;


export type ResumeTwinningMutation = { resumeTwinning: { id: string, status: LinkStatus, startedOn: string | null, endedOn: string | null } };

export type EndTwinningMutationVariables = Exact<{
  input: TwinningTransitionInput;
}>;


export type EndTwinningMutation = { endTwinning: { id: string, status: LinkStatus, startedOn: string | null, endedOn: string | null } };

export type TwinningPairQueryVariables = Exact<{
  id: string;
}>;


export type TwinningPairQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link', id: string, version: number, viewerCanEdit: boolean, kind: LinkKind, status: LinkStatus, startedOn: string | null, endedOn: string | null, goals: string | null, lastActivityOn: string | null, stale: boolean, source: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind, region: { id: string, name: string, nameLatin: string | null } }, target: { id: string, name: string, nameLatin: string | null, region: { id: string, name: string, nameLatin: string | null, ancestors: Array<{ id: string, name: string, nameLatin: string | null, level: RegionLevel }> } }, transitions: Array<{ id: string, from: TwinningTransitionFrom | null, to: TwinningTransitionTo, on: string, reason: string | null, actorName: string }> | null }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region' }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type TwinningPairsQueryVariables = Exact<{
  where: LinkWhereInput;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TwinningPairsQuery = { links: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, status: LinkStatus, startedOn: string | null, lastActivityOn: string | null, stale: boolean, source: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind }, target: { id: string, name: string, nameLatin: string | null, region: { id: string, name: string, nameLatin: string | null } } } | null } | null> | null } };

export type TwinningPlanQueryVariables = Exact<{
  region: string;
  partnerRegion?: string | null | undefined;
}>;


export type TwinningPlanQuery = { twinningPlan: { method: string, villages: number, partners: number, totalScore: number, greedyAssigned: number, greedyScore: number, weights: Array<{ factor: TwinningFactor, weight: number }>, rows: Array<{ remaining: number, score: number, village: { id: string, name: string, nameLatin: string | null }, organization: { id: string, name: string, nameLatin: string | null }, partner: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind } }>, unassigned: Array<{ reason: TwinningUnassignedReason, village: { id: string, name: string, nameLatin: string | null } }> } };

export type ApplyTwinningPlanMutationVariables = Exact<{
  plan: TwinningPlanInput;
}>;


export type ApplyTwinningPlanMutation = { applyTwinningPlan: Array<{ id: string }> };

export type TwinningRegionQueryVariables = Exact<{
  id: string;
}>;


export type TwinningRegionQuery = { node:
    | { __typename: 'ApiToken' }
    | { __typename: 'Appraisal' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'Commendation' }
    | { __typename: 'IndicatorTarget' }
    | { __typename: 'Link' }
    | { __typename: 'LinkActivity' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'Position' }
    | { __typename: 'Project' }
    | { __typename: 'ProjectIncome' }
    | { __typename: 'Region', id: string, name: string, nameLatin: string | null, level: RegionLevel, ancestors: Array<{ id: string, name: string, nameLatin: string | null }> }
    | { __typename: 'RuralIncome' }
    | { __typename: 'TrainingAttendance' }
    | { __typename: 'TrainingCourse' }
    | { __typename: 'TwinningTransition' }
    | { __typename: 'User' }
    | { __typename: 'Venue' }
   | null };

export type TwinningRootQueryVariables = Exact<{ [key: string]: never; }>;


export type TwinningRootQuery = { regions: { edges: Array<{ node: { id: string } | null } | null> | null } };

export type TwinningUncoveredQueryVariables = Exact<{
  region: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type TwinningUncoveredQuery = { regions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, nameLatin: string | null, leadingIndustry: string | null, parent: { id: string, name: string, nameLatin: string | null } | null } | null } | null> | null } };

export type TwinningSuggestionsQueryVariables = Exact<{
  village: string;
  partnerRegion?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type TwinningSuggestionsQuery = { links: { edges: Array<{ node: { id: string, status: LinkStatus, source: { id: string, name: string, nameLatin: string | null } } | null } | null> | null }, twinningSuggestions: Array<{ score: number, remaining: number, distanceKm: number | null, steps: number | null, activities: number, partner: { id: string, name: string, nameLatin: string | null, kind: OrganizationKind }, factors: Array<{ factor: TwinningFactor, weight: number, value: number }> }> };

export type ProposeTwinningMutationVariables = Exact<{
  input: ProposeTwinningInput;
}>;


export type ProposeTwinningMutation = { proposeTwinning: { id: string, status: LinkStatus } };

export type FixtureCheckQueryVariables = Exact<{
  q: string;
}>;


export type FixtureCheckQuery = { search: Array<{ type: SearchType, title: string, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     }> };

export const HistoryEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<HistoryEventFragment, unknown>;
export const SearchBoxHitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchBoxHit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]} as unknown as DocumentNode<SearchBoxHitFragment, unknown>;
export const IndicatorFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"yearly"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<IndicatorFiguresFragment, unknown>;
export const PageInfoFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PageInfoFragment, unknown>;
export const AppraisalRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraisalRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appraisal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<AppraisalRowFragment, unknown>;
export const CommendationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}}]}}]} as unknown as DocumentNode<CommendationRowFragment, unknown>;
export const AuditRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityID"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestID"}}]}}]} as unknown as DocumentNode<AuditRowFragment, unknown>;
export const ApiTokenRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<ApiTokenRowFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const RegionRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"border"}},{"kind":"Field","name":{"kind":"Name","value":"backward"}},{"kind":"Field","name":{"kind":"Name","value":"difficult"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"partyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"links"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RegionRowFragment, unknown>;
export const SearchPageHitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchPageHit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"backward"}},{"kind":"Field","name":{"kind":"Name","value":"border"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageHitFragment, unknown>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const EntityHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEvent"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEvent"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<EntityHistoryQuery, EntityHistoryQueryVariables>;
export const ProjectEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investment"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilityLetterOn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectEditQuery, ProjectEditQueryVariables>;
export const CreateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateProjectMutation, CreateProjectMutationVariables>;
export const UpdateProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investment"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilityLetterOn"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProjectMutation, UpdateProjectMutationVariables>;
export const CreateProjectIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProjectIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProjectIncomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProjectIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}}]}}]}}]} as unknown as DocumentNode<CreateProjectIncomeMutation, CreateProjectIncomeMutationVariables>;
export const UpdateProjectIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProjectIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProjectIncomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProjectIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}}]}}]}}]} as unknown as DocumentNode<UpdateProjectIncomeMutation, UpdateProjectIncomeMutationVariables>;
export const DeleteProjectIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteProjectIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteProjectIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteProjectIncomeMutation, DeleteProjectIncomeMutationVariables>;
export const SearchBoxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchBox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"regions"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchBoxHit"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"organizations"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANIZATION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchBoxHit"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"people"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PERSON"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchBoxHit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchBoxHit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]} as unknown as DocumentNode<SearchBoxQuery, SearchBoxQueryVariables>;
export const EntityPickerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityPickerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<EntityPickerSearchQuery, EntityPickerSearchQueryVariables>;
export const RegionIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"yearly"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<RegionIndicatorsQuery, RegionIndicatorsQueryVariables>;
export const SubjectAppraisalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectAppraisals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraisalRow"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"appraisals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraisalRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraisalRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appraisal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<SubjectAppraisalsQuery, SubjectAppraisalsQueryVariables>;
export const CreateAppraisalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraisalRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraisalRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appraisal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<CreateAppraisalMutation, CreateAppraisalMutationVariables>;
export const UpdateAppraisalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAppraisalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AppraisalRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AppraisalRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Appraisal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<UpdateAppraisalMutation, UpdateAppraisalMutationVariables>;
export const DeleteAppraisalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAppraisal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAppraisal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAppraisalMutation, DeleteAppraisalMutationVariables>;
export const SubjectCommendationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubjectCommendations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommendationRow"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommendationRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}}]}}]} as unknown as DocumentNode<SubjectCommendationsQuery, SubjectCommendationsQueryVariables>;
export const CreateCommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommendationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}}]}}]} as unknown as DocumentNode<CreateCommendationMutation, CreateCommendationMutationVariables>;
export const UpdateCommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommendationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommendationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commendation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"awardedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}}]}}]} as unknown as DocumentNode<UpdateCommendationMutation, UpdateCommendationMutationVariables>;
export const DeleteCommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCommendationMutation, DeleteCommendationMutationVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edit"}},{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"readAudit"}},{"kind":"Field","name":{"kind":"Name","value":"holdTokens"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityID"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestID"}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"USERNAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const RegionPickerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPicker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RegionPickerQuery, RegionPickerQueryVariables>;
export const RuralIncomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RuralIncomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruralIncomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"YEAR"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"incomePerHead"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<RuralIncomesQuery, RuralIncomesQueryVariables>;
export const CreateRuralIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRuralIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRuralIncomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRuralIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"incomePerHead"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<CreateRuralIncomeMutation, CreateRuralIncomeMutationVariables>;
export const UpdateRuralIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRuralIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRuralIncomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRuralIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"incomePerHead"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<UpdateRuralIncomeMutation, UpdateRuralIncomeMutationVariables>;
export const DeleteRuralIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRuralIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRuralIncome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRuralIncomeMutation, DeleteRuralIncomeMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const CreateApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expiresOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"expiresOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expiresOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"token"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<CreateApiTokenMutation, CreateApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiTokenRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"USERNAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFigures"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"yearly"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRegionQuery, DashboardRegionQueryVariables>;
export const DashboardRegionSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRegionSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRegionSearchQuery, DashboardRegionSearchQueryVariables>;
export const IndicatorPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IndicatorFigures"}},{"kind":"Field","name":{"kind":"Name","value":"description"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"rule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"targetSet"}},{"kind":"Field","name":{"kind":"Name","value":"targetNote"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IndicatorFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"project"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"yearly"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]} as unknown as DocumentNode<IndicatorPageQuery, IndicatorPageQueryVariables>;
export const IndicatorShortfallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IndicatorShortfalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitKind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zh"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IndicatorShortfallsQuery, IndicatorShortfallsQueryVariables>;
export const SetIndicatorTargetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndicatorTarget"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorCode"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"target"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndicatorTarget"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"target"},"value":{"kind":"Variable","name":{"kind":"Name","value":"target"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"yearly"}},{"kind":"Field","name":{"kind":"Name","value":"targetSet"}},{"kind":"Field","name":{"kind":"Name","value":"targetNote"}}]}}]}}]} as unknown as DocumentNode<SetIndicatorTargetMutation, SetIndicatorTargetMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const NetworkExplorerGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkExplorerGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"seeds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHierarchy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxNodes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"seeds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"seeds"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHierarchy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHierarchy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxNodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxNodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenNeighbors"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkExplorerGraphQuery, NetworkExplorerGraphQueryVariables>;
export const NetworkExplorerSeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkExplorerSeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkExplorerSeedsQuery, NetworkExplorerSeedsQueryVariables>;
export const NetworkExplorerSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANIZATION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkExplorerSearchQuery, NetworkExplorerSearchQueryVariables>;
export const NetworkExplorerPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkExplorerPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeHierarchy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeHierarchy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeHierarchy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkExplorerPathQuery, NetworkExplorerPathQueryVariables>;
export const NetworkExplorerSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkExplorerSuggestions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkCentrality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"DEGREE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"6"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkExplorerSuggestionsQuery, NetworkExplorerSuggestionsQueryVariables>;
export const LinkActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<LinkActivitiesQuery, LinkActivitiesQueryVariables>;
export const CreateLinkActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLinkActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLinkActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLinkActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<CreateLinkActivityMutation, CreateLinkActivityMutationVariables>;
export const UpdateLinkActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLinkActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLinkActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLinkActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateLinkActivityMutation, UpdateLinkActivityMutationVariables>;
export const DeleteLinkActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLinkActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLinkActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteLinkActivityMutation, DeleteLinkActivityMutationVariables>;
export const CreateLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateLinkMutation, CreateLinkMutationVariables>;
export const UpdateLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<UpdateLinkMutation, UpdateLinkMutationVariables>;
export const DeleteLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteLinkMutation, DeleteLinkMutationVariables>;
export const OrganizationChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationChildrenQuery, OrganizationChildrenQueryVariables>;
export const UpdateOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"twinningCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const OrganizationLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationLinksQuery, OrganizationLinksQueryVariables>;
export const OrganizationMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PositionWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"selectionMethod"}},{"kind":"Field","name":{"kind":"Name","value":"basicRemuneration"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationMembersQuery, OrganizationMembersQueryVariables>;
export const OrganizationProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investment"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationProjectsQuery, OrganizationProjectsQueryVariables>;
export const OrganizationTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationTimelineQuery, OrganizationTimelineQueryVariables>;
export const OrganizationTwinningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationTwinning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"twinningCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"twinningLoad"}},{"kind":"Field","name":{"kind":"Name","value":"twinningRemaining"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"URBAN_RURAL_TWINNING"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<OrganizationTwinningQuery, OrganizationTwinningQueryVariables>;
export const CreatePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePositionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePositionMutation, CreatePositionMutationVariables>;
export const EndPositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndPosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"endedOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endedOn"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<EndPositionMutation, EndPositionMutationVariables>;
export const DeletePositionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePosition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePosition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeletePositionMutation, DeletePositionMutationVariables>;
export const OrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"dissolvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"twinningCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePersonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"joinedPartyOn"}},{"kind":"Field","name":{"kind":"Name","value":"backgrounds"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"migrant"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"endowmentInsuredSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const PersonPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"birthYear"}},{"kind":"Field","name":{"kind":"Name","value":"ethnicity"}},{"kind":"Field","name":{"kind":"Name","value":"education"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"joinedPartyOn"}},{"kind":"Field","name":{"kind":"Name","value":"backgrounds"}},{"kind":"Field","name":{"kind":"Name","value":"skills"}},{"kind":"Field","name":{"kind":"Name","value":"migrant"}},{"kind":"Field","name":{"kind":"Name","value":"currentLocation"}},{"kind":"Field","name":{"kind":"Name","value":"endowmentInsuredSince"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPositions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"selectionMethod"}},{"kind":"Field","name":{"kind":"Name","value":"basicRemuneration"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonPageQuery, PersonPageQueryVariables>;
export const PersonPastPostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonPastPosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"endedOnLTE"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ENDED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"selectionMethod"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PersonPastPostsQuery, PersonPastPostsQueryVariables>;
export const PersonProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<PersonProjectsQuery, PersonProjectsQueryVariables>;
export const PersonTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonTimelineQuery, PersonTimelineQueryVariables>;
export const PersonTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonTrainingQuery, PersonTrainingQueryVariables>;
export const RegionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"border"}},{"kind":"Field","name":{"kind":"Name","value":"backward"}},{"kind":"Field","name":{"kind":"Name","value":"difficult"}},{"kind":"Field","name":{"kind":"Name","value":"households"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncome"}},{"kind":"Field","name":{"kind":"Name","value":"leadingIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"partyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"links"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionPageQuery, RegionPageQueryVariables>;
export const RegionRootsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionRoots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasParent"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"border"}},{"kind":"Field","name":{"kind":"Name","value":"backward"}},{"kind":"Field","name":{"kind":"Name","value":"difficult"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"partyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"links"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RegionRootsQuery, RegionRootsQueryVariables>;
export const RegionChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegionRow"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegionRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"border"}},{"kind":"Field","name":{"kind":"Name","value":"backward"}},{"kind":"Field","name":{"kind":"Name","value":"difficult"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"partyMembers"}},{"kind":"Field","name":{"kind":"Name","value":"links"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<RegionChildrenQuery, RegionChildrenQueryVariables>;
export const CreateVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateVenueMutation, CreateVenueMutationVariables>;
export const UpdateVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVenueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}}]}}]}}]} as unknown as DocumentNode<UpdateVenueMutation, UpdateVenueMutationVariables>;
export const DeleteVenueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVenue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVenue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteVenueMutation, DeleteVenueMutationVariables>;
export const RegionVenuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionVenues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"venues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"builtOn"}},{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"functions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionVenuesQuery, RegionVenuesQueryVariables>;
export const VillageCommitteesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageCommittees"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kindIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PARTY_COMMITTEE"},{"kind":"EnumValue","value":"PARTY_GENERAL_BRANCH"},{"kind":"EnumValue","value":"PARTY_BRANCH"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"settingIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VILLAGE"},{"kind":"EnumValue","value":"COMMUNITY"}]}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kindIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"VILLAGERS_COMMITTEE"},{"kind":"EnumValue","value":"URBAN_COMMUNITY"}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"currentLeaders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VillageCommitteesQuery, VillageCommitteesQueryVariables>;
export const VillageOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageOrganizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<VillageOrganizationsQuery, VillageOrganizationsQueryVariables>;
export const VillageProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VillageProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"income"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<VillageProjectsQuery, VillageProjectsQueryVariables>;
export const HomeStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeStats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<HomeStatsQuery, HomeStatsQueryVariables>;
export const SearchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"regions"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchPageHit"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"organizations"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ORGANIZATION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchPageHit"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"people"},"name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PERSON"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SearchPageHit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SearchPageHit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SearchHit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"subtitle"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"backward"}},{"kind":"Field","name":{"kind":"Name","value":"border"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"politicalStatus"}}]}}]}}]}}]} as unknown as DocumentNode<SearchPageQuery, SearchPageQueryVariables>;
export const CreateTrainingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingAttendanceMutation, CreateTrainingAttendanceMutationVariables>;
export const UpdateTrainingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingAttendanceMutation, UpdateTrainingAttendanceMutationVariables>;
export const DeleteTrainingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTrainingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrainingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTrainingAttendanceMutation, DeleteTrainingAttendanceMutationVariables>;
export const CreateTrainingCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CreateTrainingCourseMutation, CreateTrainingCourseMutationVariables>;
export const UpdateTrainingCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingCourseMutation, UpdateTrainingCourseMutationVariables>;
export const DeleteTrainingCourseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTrainingCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTrainingCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteTrainingCourseMutation, DeleteTrainingCourseMutationVariables>;
export const CoursePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoursePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCourse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoursePageQuery, CoursePageQueryVariables>;
export const CourseAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCourse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<CourseAttendanceQuery, CourseAttendanceQueryVariables>;
export const TrainingRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingRegionQuery, TrainingRegionQueryVariables>;
export const TrainingCoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingCourses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingCourseWhereInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCourses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTS_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organizerLevel"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TrainingCoursesQuery, TrainingCoursesQueryVariables>;
export const TwinningActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TwinningActivitiesQuery, TwinningActivitiesQueryVariables>;
export const RecordTwinningActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTwinningActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTwinningActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTwinningActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RecordTwinningActivityMutation, RecordTwinningActivityMutationVariables>;
export const TwinningOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twinningOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"backwardVillages"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"uncovered"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"staleDays"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}},{"kind":"Field","name":{"kind":"Name","value":"topPartners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"funds"}}]}}]}}]}}]} as unknown as DocumentNode<TwinningOverviewQuery, TwinningOverviewQueryVariables>;
export const ActivateTwinningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateTwinning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwinningTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateTwinning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<ActivateTwinningMutation, ActivateTwinningMutationVariables>;
export const SuspendTwinningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuspendTwinning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwinningTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suspendTwinning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<SuspendTwinningMutation, SuspendTwinningMutationVariables>;
export const ResumeTwinningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResumeTwinning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwinningTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resumeTwinning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<ResumeTwinningMutation, ResumeTwinningMutationVariables>;
export const EndTwinningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndTwinning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwinningTransitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endTwinning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]} as unknown as DocumentNode<EndTwinningMutation, EndTwinningMutationVariables>;
export const TwinningPairDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningPair"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerCanEdit"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"goals"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"on"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TwinningPairQuery, TwinningPairQueryVariables>;
export const TwinningPairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningPairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkWhereInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastActivityOn"}},{"kind":"Field","name":{"kind":"Name","value":"stale"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TwinningPairsQuery, TwinningPairsQueryVariables>;
export const TwinningPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"twinningPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"totalScore"}},{"kind":"Field","name":{"kind":"Name","value":"greedyAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"greedyScore"}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unassigned"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<TwinningPlanQuery, TwinningPlanQueryVariables>;
export const ApplyTwinningPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyTwinningPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"plan"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwinningPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyTwinningPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"plan"},"value":{"kind":"Variable","name":{"kind":"Name","value":"plan"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApplyTwinningPlanMutation, ApplyTwinningPlanMutationVariables>;
export const TwinningRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TwinningRegionQuery, TwinningRegionQueryVariables>;
export const TwinningRootDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningRoot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasParent"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TwinningRootQuery, TwinningRootQueryVariables>;
export const TwinningUncoveredDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningUncovered"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"backward"},"value":{"kind":"BooleanValue","value":true}},{"kind":"ObjectField","name":{"kind":"Name","value":"twinned"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfo"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"leadingIndustry"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfo"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]} as unknown as DocumentNode<TwinningUncoveredQuery, TwinningUncoveredQueryVariables>;
export const TwinningSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TwinningSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"village"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"URBAN_RURAL_TWINNING"}},{"kind":"ObjectField","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statusIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPOSED"},{"kind":"EnumValue","value":"SUSPENDED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"twinningSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"village"},"value":{"kind":"Variable","name":{"kind":"Name","value":"village"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerRegion"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameLatin"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"factor"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"distanceKm"}},{"kind":"Field","name":{"kind":"Name","value":"steps"}},{"kind":"Field","name":{"kind":"Name","value":"activities"}}]}}]}}]} as unknown as DocumentNode<TwinningSuggestionsQuery, TwinningSuggestionsQueryVariables>;
export const ProposeTwinningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeTwinning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeTwinningInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeTwinning"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposeTwinningMutation, ProposeTwinningMutationVariables>;
export const FixtureCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FixtureCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureCheckQuery, FixtureCheckQueryVariables>;