// One platform at a time: the shared platform of the gateway tests and each whole life's own platform (a life moves its
// clock by years) each start the whole AppHost; on two cores they run one after another, never side by side.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
