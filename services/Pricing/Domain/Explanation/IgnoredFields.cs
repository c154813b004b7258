namespace LandPlatform.Pricing.Domain.Explanation;

/// <summary>Warns about request fields the chosen pack does not use, so a clerk never assumes they counted.</summary>
public static class IgnoredFields
{
    public static void Warn(StepLog log, string packId, string why, params (string Field, bool Given)[] fields)
    {
        foreach (var (field, _) in fields.Where(f => f.Given))
        {
            log.Warn("FieldIgnoredByPack", why, $"{field} is not used by {packId} and was ignored");
        }
    }
}
