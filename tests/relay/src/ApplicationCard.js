import { graphql } from "react-relay";

export const application = graphql`
  fragment ApplicationCard_application on Application
  @refetchable(queryName: "ApplicationCardRefetchQuery") {
    status
    note
    createdAt
    candidate {
      ...CandidateProfileCard_candidate
    }
    job {
      ...JobPostCard_jobPost
    }
    liveStream {
      ...LiveStreamCard_liveStream
    }
    history {
      fromStatus
      toStatus
      at
    }
  }
`;
