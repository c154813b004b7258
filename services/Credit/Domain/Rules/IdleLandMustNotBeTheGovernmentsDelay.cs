using LandPlatform.SeedWork;

namespace LandPlatform.Credit.Domain;

public sealed class IdleLandMustNotBeTheGovernmentsDelay(bool causedByGovernment) : IBusinessRule
{
    public bool IsBroken() => causedByGovernment;

    public string Message => "The land is idle because of the government or its departments: the enterprise is not at fault.";

    public string Clause => "《闲置土地处置办法》（国土资源部令第53号）第八条";
}
