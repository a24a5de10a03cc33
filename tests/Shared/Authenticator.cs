using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace Inburgering.Tests.Shared;

/// <summary>
/// What an authenticator app on the user's phone does, written from RFC 6238 and RFC 4648 for the tests and apart from
/// the portal's own code, so a fault in the portal's TOTP does not hide behind the same fault here.
/// </summary>
public static class Authenticator
{
    public static string CodeAt(string base32Key, DateTimeOffset time) => CodeAt(Base32(base32Key), time.ToUnixTimeSeconds() / 30, 6);

    public static string CodeAt(byte[] key, long counter, int digits)
    {
        var message = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
#pragma warning disable CA5350 // RFC 6238's algorithm.
        using var hmac = new HMACSHA1(key);
#pragma warning restore CA5350
        var hash = hmac.ComputeHash(message);
        var offset = hash[19] & 0xf;
        var value = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (value % (int)Math.Pow(10, digits)).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    public static byte[] Base32(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = new string([.. text.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();
        var bits = string.Concat(clean.Select(c => Convert.ToString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".IndexOf(c, StringComparison.Ordinal), 2).PadLeft(5, '0')));
        return [.. Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2))];
    }
}
