"""Demo data generated through the service's own use cases, calibrated on the seeds."""
