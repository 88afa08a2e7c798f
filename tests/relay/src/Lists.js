// One pagination fragment per connection of the schema: Relay's @connection needs
// `first`/`after`, `edges { cursor node }` and `pageInfo`.
import { graphql } from "react-relay";

export const jobs = graphql`
  fragment Lists_jobs on Query
  @refetchable(queryName: "ListsJobsPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
    filter: { type: "JobFilter" }
  ) {
    jobs(first: $count, after: $cursor, filter: $filter) @connection(key: "Lists_jobs") {
      totalCount
      edges {
        node {
          ...JobPostCard_jobPost
        }
      }
    }
  }
`;

export const liveStreams = graphql`
  fragment Lists_liveStreams on Query
  @refetchable(queryName: "ListsLiveStreamsPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
    status: { type: "LiveStreamStatus" }
  ) {
    liveStreams(first: $count, after: $cursor, status: $status)
      @connection(key: "Lists_liveStreams") {
      edges {
        node {
          ...LiveStreamCard_liveStream
        }
      }
    }
  }
`;

export const employers = graphql`
  fragment Lists_employers on Query
  @refetchable(queryName: "ListsEmployersPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
    employers(first: $count, after: $cursor) @connection(key: "Lists_employers") {
      edges {
        node {
          ...EmployerCard_employer
        }
      }
    }
  }
`;

export const openQuestions = graphql`
  fragment Lists_openQuestions on Query
  @refetchable(queryName: "ListsOpenQuestionsPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
    liveStreamId: { type: "ID" }
  ) {
    openQuestions(first: $count, after: $cursor, liveStreamId: $liveStreamId)
      @connection(key: "Lists_openQuestions") {
      edges {
        node {
          ...JobQuestionCard_jobQuestion
        }
      }
    }
  }
`;

export const applications = graphql`
  fragment Lists_applications on Query
  @refetchable(queryName: "ListsApplicationsPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
    jobId: { type: "ID" }
    status: { type: "ApplicationStatus" }
  ) {
    applications(first: $count, after: $cursor, jobId: $jobId, status: $status)
      @connection(key: "Lists_applications") {
      edges {
        node {
          ...ApplicationCard_application
        }
      }
    }
  }
`;

export const tasks = graphql`
  fragment Lists_tasks on Query
  @refetchable(queryName: "ListsTasksPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
    community: { type: "String" }
    status: { type: "TaskStatus", defaultValue: OPEN }
  ) {
    tasks(first: $count, after: $cursor, community: $community, status: $status)
      @connection(key: "Lists_tasks") {
      edges {
        node {
          ...TaskCard_task
        }
      }
    }
  }
`;

export const volunteers = graphql`
  fragment Lists_volunteers on Query
  @refetchable(queryName: "ListsVolunteersPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
    volunteers(first: $count, after: $cursor) @connection(key: "Lists_volunteers") {
      edges {
        node {
          ...VolunteerCard_volunteer
        }
      }
    }
  }
`;

export const publicBoard = graphql`
  fragment Lists_publicBoard on Query
  @refetchable(queryName: "ListsPublicBoardPaginationQuery")
  @argumentDefinitions(
    community: { type: "String!" }
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
  ) {
    publicBoard(community: $community, first: $count, after: $cursor)
      @connection(key: "Lists_publicBoard") {
      edges {
        node {
          ...BoardRequestCard_request
        }
      }
    }
  }
`;

export const communityRequests = graphql`
  fragment Lists_communityRequests on Query
  @refetchable(queryName: "ListsCommunityRequestsPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
    status: { type: "RequestStatus" }
    community: { type: "String" }
  ) {
    communityRequests(first: $count, after: $cursor, status: $status, community: $community)
      @connection(key: "Lists_communityRequests") {
      edges {
        node {
          ...CommunityRequestCard_request
        }
      }
    }
  }
`;

export const rewards = graphql`
  fragment Lists_rewards on Query
  @refetchable(queryName: "ListsRewardsPaginationQuery")
  @argumentDefinitions(count: { type: "Int", defaultValue: 20 }, cursor: { type: "String" }) {
    rewards(first: $count, after: $cursor) @connection(key: "Lists_rewards") {
      edges {
        node {
          ...RewardCard_reward
        }
      }
    }
  }
`;

export const jobAlerts = graphql`
  fragment Lists_jobAlerts on Query
  @refetchable(queryName: "ListsJobAlertsPaginationQuery")
  @argumentDefinitions(
    count: { type: "Int", defaultValue: 20 }
    cursor: { type: "String" }
    unseenOnly: { type: "Boolean", defaultValue: false }
  ) {
    jobAlerts(first: $count, after: $cursor, unseenOnly: $unseenOnly)
      @connection(key: "Lists_jobAlerts") {
      edges {
        node {
          id
          score
          seen
          createdAt
          job {
            ...JobPostCard_jobPost
          }
        }
      }
    }
  }
`;
