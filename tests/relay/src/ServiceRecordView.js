import { graphql } from "react-relay";

export const serviceRecord = graphql`
  query ServiceRecordViewQuery($volunteerId: ID!) {
    serviceRecord(volunteerId: $volunteerId) {
      volunteer {
        ...VolunteerCard_volunteer
      }
      entries {
        status
        minutesServed
        points
        signUp {
          ...SignUpCard_signUp
        }
        task {
          ...TaskCard_task
        }
      }
      totalMinutes
      totalPoints
      balance
    }
  }
`;
