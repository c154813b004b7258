namespace LandPlatform.AppHost.PostgreSql;

/// <summary>
/// A private cluster of Debian's PostgreSQL server, run by DCP as a process: <c>initdb</c> on first start, then
/// <c>postgres</c> in the foreground on loopback, its socket in the cluster's own folder. Local trust
/// authentication: the cluster listens on 127.0.0.1 only and lives for the run (or the kept data folder).
/// </summary>
public sealed class PostgresServerResource(string name, string command, string workingDirectory)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    public EndpointReference Endpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => DatabaseConnectionString("postgres");

    /// <summary>A database of this cluster; the service's EF Core migrations create it when missing.</summary>
    public ReferenceExpression DatabaseConnectionString(string database) => ReferenceExpression.Create(
        $"Host={Endpoint.Property(EndpointProperty.Host)};Port={Endpoint.Property(EndpointProperty.Port)};Database={database};Username=postgres");
}
