"""The volunteer programme: tasks and volunteers, their matchers, the weekly assignment
(HiGHS), and routing residents' anonymous requests (红便签) to a team and a category."""
