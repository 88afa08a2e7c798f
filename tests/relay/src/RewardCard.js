import { graphql } from "react-relay";

export const reward = graphql`
  fragment RewardCard_reward on Reward @refetchable(queryName: "RewardCardRefetchQuery") {
    name
    description
    points
    stock
  }
`;

export const redeem = graphql`
  mutation RewardCardRedeemMutation($input: RedeemRewardInput!) {
    redeemReward(input: $input) {
      redemption {
        points
        createdAt
        reward {
          ...RewardCard_reward
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
