// One platform and one browser for the whole run, on two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
