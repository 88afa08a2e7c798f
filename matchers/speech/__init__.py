"""What a live-stream host says about a job, read into the fields of a job post."""
