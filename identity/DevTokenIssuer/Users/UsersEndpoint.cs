using LandPlatform.DevTokenIssuer.Tokens;

namespace LandPlatform.DevTokenIssuer.Users;

public static class UsersEndpoint
{
    public sealed record UserListing(string TokenEndpoint, string Password, string Example, IReadOnlyList<DevUser> Users);

    /// <summary>GET /users: who can log in and how, for the README and the AppHost's start-up banner.</summary>
    public static void MapUsersEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/users", (HttpRequest request, DevUserDirectory directory, IConfiguration configuration) =>
        {
            var tokenEndpoint = IssuerUrl.For(request) + TokenEndpoint.Path;
            var password = string.IsNullOrEmpty(configuration["DevUsers:Password"]) ? DevUserDirectory.DefaultPassword : "(configured)";
            return TypedResults.Ok(new UserListing(
                tokenEndpoint,
                password,
                $"curl -s -d grant_type=password -d username=planning.clerk -d password={password} {tokenEndpoint} | jq -r .access_token",
                directory.Users));
        });
}
