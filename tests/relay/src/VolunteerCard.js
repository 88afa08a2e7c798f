import { graphql } from "react-relay";

export const volunteer = graphql`
  fragment VolunteerCard_volunteer on Volunteer
  @refetchable(queryName: "VolunteerCardRefetchQuery") {
    name
    community
    skills
    teams
    availability {
      weekday
      start
      end
    }
  }
`;
