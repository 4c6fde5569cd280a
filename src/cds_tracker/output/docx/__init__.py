"""Word documents in the state layout: urging letters, the committee report, the appendix."""
