import { graphql } from "react-relay";

export const jobQuestion = graphql`
  fragment JobQuestionCard_jobQuestion on JobQuestion
  @refetchable(queryName: "JobQuestionCardRefetchQuery") {
    question
    topic
    askedCount
    answer
    answeredAt
    job {
      ...JobPostCard_jobPost
    }
    liveStream {
      title
    }
  }
`;

export const answer = graphql`
  mutation JobQuestionCardAnswerMutation($input: AnswerQuestionInput!) {
    answerQuestion(input: $input) {
      question {
        ...JobQuestionCard_jobQuestion
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`;
