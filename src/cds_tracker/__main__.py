from cds_tracker.main import main

main()
