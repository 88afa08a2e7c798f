import { graphql } from "react-relay";

export const candidate = graphql`
  fragment CandidateProfileCard_candidate on CandidateProfile
  @refetchable(queryName: "CandidateProfileCardRefetchQuery") {
    name
    education
    major
    skills
    desiredTitles
    needs
    phone
    email
  }
`;
