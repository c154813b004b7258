using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace LandPlatform.DevTokenIssuer;

/// <summary>
/// An RSA key generated when the issuer starts and never written anywhere: tokens from a previous
/// run, or minted by anyone with a copy of the repository, cannot verify.
/// </summary>
public sealed class SigningKey : IDisposable
{
    public const string Algorithm = SecurityAlgorithms.RsaSha256;

    private readonly RSA _rsa = RSA.Create(2048);

    public SigningKey()
    {
        KeyId = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));
        Credentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, Algorithm);
    }

    public string KeyId { get; }

    public SigningCredentials Credentials { get; }

    /// <summary>The public half as a JSON Web Key (RFC 7517 §4, RFC 7518 §6.3.1).</summary>
    public object PublicJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["alg"] = Algorithm,
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }

    public void Dispose() => _rsa.Dispose();
}
