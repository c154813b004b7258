using LandPlatform.Admission.Benchmarks;

// Application evaluations per second on one core: validation + evaluation against a parcel's standard.
return EvaluationBenchmark.Run(args);
