"""What happens during a live broadcast, pushed to everyone watching it, in every process."""
