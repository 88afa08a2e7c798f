import { graphql } from "react-relay";

export const employer = graphql`
  fragment EmployerCard_employer on Employer @refetchable(queryName: "EmployerCardRefetchQuery") {
    name
  }
`;
