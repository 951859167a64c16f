import SlimmerCommands

SlimmerCommand.main()
