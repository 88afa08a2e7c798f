import { graphql } from "react-relay";

export const jobPost = graphql`
  fragment JobPostCard_jobPost on JobPost @refetchable(queryName: "JobPostCardRefetchQuery") {
    title
    status
    education
    salaryMin
    salaryMax
    location
    housing
    headcount
    employer {
      ...EmployerCard_employer
    }
    liveStream {
      ...LiveStreamCard_liveStream
    }
  }
`;
