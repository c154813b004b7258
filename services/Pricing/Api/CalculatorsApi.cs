using LandPlatform.Pricing.Api.Contracts;
using LandPlatform.Pricing.Domain.Compensation;
using LandPlatform.Pricing.Domain.Deposits;
using LandPlatform.Pricing.Domain.LeaseThenTransfer;
using LandPlatform.Pricing.Domain.NationalMinimum;
using LandPlatform.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LandPlatform.Pricing.Api;

/// <summary>
/// The computations that store nothing: lease-then-transfer schedules, compensation on recovery, performance
/// deposits, the national minimum check. They are POST because the input is a document, but they change no
/// state, so reading pricing (<see cref="Permissions.PricingRead"/>) is enough: an auditor may recompute a
/// figure. The audit middleware still records each call.
/// </summary>
public static class CalculatorsApi
{
    public static IEndpointRouteBuilder MapCalculatorsApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/lease-then-transfer", LeaseThenTransfer).WithTags("Lease-then-transfer").RequirePermission(Permissions.PricingRead);
        app.MapPost("/compensation", Compensation).WithTags("Compensation").RequirePermission(Permissions.PricingRead);
        app.MapPost("/deposits", Deposit).WithTags("Deposits").RequirePermission(Permissions.PricingRead);
        app.MapPost("/national-minimum-check", NationalMinimum).WithTags("National minimum").RequirePermission(Permissions.PricingRead);
        return app;
    }

    private static Results<Ok<LeaseThenTransferResponse>, ValidationProblem, ProblemHttpResult> LeaseThenTransfer(
        JsonBody<LeaseThenTransferRequestBody> body, LeaseThenTransferCalculator calculator) =>
        body.Error is { } error
            ? PricingProblems.Body(error)
            : PricingProblems.Respond(calculator.Schedule(body.Value!.ToDomain()), LeaseThenTransferResponse.From);

    private static Results<Ok<CompensationResponse>, ValidationProblem, ProblemHttpResult> Compensation(
        JsonBody<CompensationRequestBody> body, CompensationCalculator calculator) =>
        body.Error is { } error
            ? PricingProblems.Body(error)
            : PricingProblems.Respond(calculator.Compute(body.Value!.ToDomain()), CompensationResponse.From);

    private static Results<Ok<PerformanceDepositResponse>, ValidationProblem, ProblemHttpResult> Deposit(
        JsonBody<PerformanceDepositRequestBody> body, PerformanceDepositCalculator calculator) =>
        body.Error is { } error
            ? PricingProblems.Body(error)
            : PricingProblems.Respond(calculator.Compute(body.Value!.ToDomain()), PerformanceDepositResponse.From);

    private static Results<Ok<NationalMinimumCheckResponse>, ValidationProblem, ProblemHttpResult> NationalMinimum(
        JsonBody<NationalMinimumCheckRequestBody> body, NationalMinimumCheck check) =>
        body.Error is { } error
            ? PricingProblems.Body(error)
            : PricingProblems.Respond(check.Check(body.Value!.ToDomain()), NationalMinimumCheckResponse.From);
}
