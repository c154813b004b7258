// Each platform test starts eight processes plus DCP and the dashboard: one platform at a time on two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
