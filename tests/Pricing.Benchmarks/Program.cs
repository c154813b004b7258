using LandPlatform.Pricing.Benchmarks;

// Quotes per second of ReservePriceCalculator.Quote on one core, against the bare arithmetic in the same run.
return QuoteBenchmark.Run(args);
