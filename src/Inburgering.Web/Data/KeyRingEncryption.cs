using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Inburgering.Web.Data;

/// <summary>
/// Encrypts the data-protection key ring at rest (the <c>DataProtectionKeys</c> table) with AES-256-GCM under a key
/// from configuration, <c>DataProtection:KeyRingKey</c> (32 random bytes in base64, e.g. <c>openssl rand -base64 32</c>).
/// Whoever reads the database or a backup without that setting cannot forge or read the portal's cookies and tokens.
/// </summary>
public static class KeyRingEncryption
{
    public const string Setting = "DataProtection:KeyRingKey";

    private static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("Inburgering data protection key ring");

    /// <summary>The configured key, or null when none is set; a malformed one stops start-up with one line.</summary>
    public static byte[]? Key(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = configuration[Setting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var key = new byte[32];
        return Convert.TryFromBase64String(value.Trim(), key, out var length) && length == 32
            ? key
            : throw new StartupException($"{Setting} must be 32 bytes in base64 (e.g. the output of `openssl rand -base64 32`).");
    }

    public sealed class Encryptor(byte[] key) : IXmlEncryptor
    {
        public EncryptedXmlInfo Encrypt(XElement plaintextElement)
        {
            ArgumentNullException.ThrowIfNull(plaintextElement);
            var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
            var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
            var tag = new byte[AesGcm.TagByteSizes.MaxSize];
            var cipher = new byte[plain.Length];
            using (var aes = new AesGcm(key, tag.Length))
            {
                aes.Encrypt(nonce, plain, cipher, tag, AssociatedData);
            }

            var element = new XElement(
                "encryptedKey",
                new XComment($" Encrypted with AES-256-GCM under the key in {Setting}. "),
                new XElement("value", Convert.ToBase64String([.. nonce, .. tag, .. cipher])));
            return new EncryptedXmlInfo(element, typeof(Decryptor));
        }
    }

    /// <summary>Created by the data-protection system by type name; reads the key from configuration.</summary>
    public sealed class Decryptor(IServiceProvider services) : IXmlDecryptor
    {
        public XElement Decrypt(XElement encryptedElement)
        {
            ArgumentNullException.ThrowIfNull(encryptedElement);
            var key = Key(services.GetRequiredService<IConfiguration>())
                ?? throw new InvalidOperationException($"The key ring is encrypted but {Setting} is not set.");
            var data = Convert.FromBase64String((string?)encryptedElement.Element("value") ?? string.Empty);
            var nonceSize = AesGcm.NonceByteSizes.MaxSize;
            var tagSize = AesGcm.TagByteSizes.MaxSize;
            var plain = new byte[data.Length - nonceSize - tagSize];
            using (var aes = new AesGcm(key, tagSize))
            {
                aes.Decrypt(data.AsSpan(0, nonceSize), data.AsSpan(nonceSize + tagSize), data.AsSpan(nonceSize, tagSize), plain, AssociatedData);
            }

            return XElement.Parse(Encoding.UTF8.GetString(plain));
        }
    }
}
