namespace LandPlatform.Admission.Api;

internal static class Paging
{
    public const int MaxPageSize = 200;

    public static (int Page, int Size) Of(int? page, int? pageSize) =>
        (Math.Max(1, page ?? 1), Math.Clamp(pageSize ?? 50, 1, MaxPageSize));
}
