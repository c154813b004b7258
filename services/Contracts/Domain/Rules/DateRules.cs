using LandPlatform.SeedWork;

namespace LandPlatform.Contracts.Domain.Rules;

/// <summary>A step records something that happened: its date cannot be after today.</summary>
public sealed record EventDateMustNotBeInTheFuture(string What, DateOnly On, DateOnly Today) : IBusinessRule
{
    public bool IsBroken() => On > Today;

    public string Message => $"{What} on {On:yyyy-MM-dd} is after today ({Today:yyyy-MM-dd}); record it when it has happened.";
}

/// <summary>开工 is counted from the actual delivery (附件3 一): construction cannot start on land not yet delivered.</summary>
public sealed record StartMustNotPrecedeDelivery(DateOnly StartedOn, DateOnly DeliveredOn) : IBusinessRule
{
    public bool IsBroken() => StartedOn < DeliveredOn;

    public string Message => $"Construction cannot start on {StartedOn:yyyy-MM-dd}, before the land was delivered on {DeliveredOn:yyyy-MM-dd}.";

    public string? Clause => "《西湖区创新型产业用地管理实施细则（试行）》附件3《西湖区标准地投资建设合同》一、项目在实际交地之日起____个月内开工建设";
}

/// <summary>竣工 follows 开工: completion cannot precede the start.</summary>
public sealed record CompletionMustNotPrecedeStart(DateOnly CompletedOn, DateOnly StartedOn) : IBusinessRule
{
    public bool IsBroken() => CompletedOn < StartedOn;

    public string Message => $"Completion on {CompletedOn:yyyy-MM-dd} cannot precede the start on {StartedOn:yyyy-MM-dd}.";

    public string? Clause => "《西湖区创新型产业用地管理实施细则（试行）》附件3《西湖区标准地投资建设合同》一、项目在实际开工之日起____个月内通过竣工规划核实";
}

/// <summary>Each step follows the previous one in time: a step dated before the last recorded one is refused.</summary>
public sealed record StepsMustBeInTimeOrder(DateOnly On, DateOnly Previous) : IBusinessRule
{
    public bool IsBroken() => On < Previous;

    public string Message => $"A step on {On:yyyy-MM-dd} cannot precede the previous step on {Previous:yyyy-MM-dd}.";
}
