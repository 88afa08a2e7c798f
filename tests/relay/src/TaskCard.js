import { graphql } from "react-relay";

export const task = graphql`
  fragment TaskCard_task on Task @refetchable(queryName: "TaskCardRefetchQuery") {
    title
    category
    team
    startsAt
    endsAt
    slots
    confirmed
    points
    status
    community
  }
`;
