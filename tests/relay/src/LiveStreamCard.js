import { graphql } from "react-relay";

export const liveStream = graphql`
  fragment LiveStreamCard_liveStream on LiveStream
  @refetchable(queryName: "LiveStreamCardRefetchQuery") {
    title
    host
    status
    scheduledStart
    figures {
      viewerVisits
      applications
    }
    employer {
      ...EmployerCard_employer
    }
    jobs(first: 5) {
      position
      job {
        id
        title
      }
    }
  }
`;
