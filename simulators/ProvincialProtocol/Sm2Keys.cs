using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.Utilities.Encoders;

namespace LandPlatform.ProvincialProtocol;

/// <summary>
/// SM2 on the recommended curve sm2p256v1 with SM3 (BouncyCastle's SM2Signer, default user id
/// "1234567812345678" as GB/T 35276 specifies). Keys travel as hex: the private scalar d, and the public point in
/// uncompressed form (04‖x‖y), as the province hands them out.
/// </summary>
public static class Sm2Keys
{
    private static readonly ECDomainParameters Domain = CreateDomain();

    public static (string PrivateKeyHex, string PublicKeyHex) Generate()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Domain, new SecureRandom()));
        var pair = generator.GenerateKeyPair();
        var d = ((ECPrivateKeyParameters)pair.Private).D;
        var q = ((ECPublicKeyParameters)pair.Public).Q;
        return (d.ToString(16), Hex.ToHexString(q.GetEncoded(false)));
    }

    public static string Sign(string privateKeyHex, byte[] signed)
    {
        var key = new ECPrivateKeyParameters(new BigInteger(privateKeyHex, 16), Domain);
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithRandom(key, new SecureRandom()));
        signer.BlockUpdate(signed, 0, signed.Length);
        return Convert.ToBase64String(signer.GenerateSignature());
    }

    public static bool Verify(string publicKeyHex, byte[] signed, string? signature)
    {
        if (!RecordSignature.TryFromBase64(signature, out var given))
        {
            return false;
        }

        try
        {
            var key = new ECPublicKeyParameters(Domain.Curve.DecodePoint(Hex.Decode(publicKeyHex)), Domain);
            var signer = new SM2Signer();
            signer.Init(false, key);
            signer.BlockUpdate(signed, 0, signed.Length);
            return signer.VerifySignature(given);
        }
        catch (Exception e) when (e is CryptoException or ArgumentException or FormatException)
        {
            return false;
        }
    }

    private static ECDomainParameters CreateDomain()
    {
        var curve = GMNamedCurves.GetByName("sm2p256v1");
        return new ECDomainParameters(curve.Curve, curve.G, curve.N, curve.H);
    }
}
