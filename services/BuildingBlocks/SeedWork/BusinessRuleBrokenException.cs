namespace LandPlatform.SeedWork;

/// <summary>A command broke a business rule; the API turns it into a 409 problem naming the rule.</summary>
public sealed class BusinessRuleBrokenException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule Rule { get; } = rule;

    /// <summary>The rule's type name, stable for clients and tests (tests assert the rule, not the text).</summary>
    public string RuleName => Rule.GetType().Name;
}
