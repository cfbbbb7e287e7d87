import { graphql } from '../../gql';

/** What a card, a summary or a row of an indicator shows of a result. */
export const IndicatorFigures = graphql(`
  fragment IndicatorFigures on IndicatorResult {
    code
    project
    title { zh en }
    unit { zh en }
    unitKind
    numerator
    denominator
    value
    target
    deadline
    yearly
    met
    overdue
    gap
  }
`);
