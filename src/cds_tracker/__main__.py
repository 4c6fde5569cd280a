from cds_tracker.entry import main

main()
