import { graphql } from "react-relay";

export const boardRequest = graphql`
  fragment BoardRequestCard_request on BoardRequest
  @refetchable(queryName: "BoardRequestCardRefetchQuery") {
    community
    text
    status
    team
    category
    submittedOn
    updates {
      message
      postedAt
    }
  }
`;

export const followUp = graphql`
  query BoardRequestCardFollowUpQuery($code: String!) {
    followUp(code: $code) {
      ...BoardRequestCard_request
    }
  }
`;
