namespace LandPlatform.Reporting.Records;

/// <summary>The reporting district as the province knows it: its 行政区划代码 and name (from configuration).</summary>
public sealed record DistrictProfile(string Code, string Name);
