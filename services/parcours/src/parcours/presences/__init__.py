"""Attendance (émargement): bulk JSON and CSV upload; totals kept equal to the recorded rows."""
