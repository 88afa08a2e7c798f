import { graphql } from "react-relay";

export const signUp = graphql`
  fragment SignUpCard_signUp on SignUp @refetchable(queryName: "SignUpCardRefetchQuery") {
    status
    queuedAt
    task {
      ...TaskCard_task
    }
    volunteer {
      ...VolunteerCard_volunteer
    }
  }
`;

export const complete = graphql`
  mutation SignUpCardCompleteMutation($input: SignUpDecisionInput!) {
    completeSignUp(input: $input) {
      attendance {
        status
        minutesServed
        signUp {
          ...SignUpCard_signUp
        }
        task {
          ...TaskCard_task
        }
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;
