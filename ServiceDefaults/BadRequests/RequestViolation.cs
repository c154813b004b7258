namespace LandPlatform.ServiceDefaults.BadRequests;

/// <summary>
/// One thing wrong with a request: the field (a JSON path such as <c>buildings[0].newness</c>, a route or
/// query parameter, or <c>body</c>), the rule it broke (stable for clients and tests) and the reason in words.
/// </summary>
public sealed record RequestViolation(string Field, string Rule, string Message);
