namespace LandPlatform.SeedWork;

public static class BusinessRules
{
    /// <exception cref="BusinessRuleBrokenException">The rule is broken.</exception>
    public static void Check(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken())
        {
            throw new BusinessRuleBrokenException(rule);
        }
    }
}
