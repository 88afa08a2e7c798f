import { graphql } from "react-relay";

export const communityRequest = graphql`
  fragment CommunityRequestCard_request on CommunityRequest
  @refetchable(queryName: "CommunityRequestCardRefetchQuery") {
    community
    text
    status
    team
    category
    suggestedTeam
    suggestedCategory
    suggestionConfidence
    submittedAt
    task {
      ...TaskCard_task
    }
    updates {
      message
      postedAt
    }
  }
`;
