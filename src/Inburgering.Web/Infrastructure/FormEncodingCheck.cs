using System.Text;

namespace Inburgering.Web.Infrastructure;

/// <summary>
/// Finds posted form fields whose percent-encoded bytes are not UTF-8. The form reader leaves such a value as the
/// literal text ("%FF%FE"), so it cannot be told apart afterwards; this reads the raw body first and names the
/// fields, for <see cref="ValidationFilter"/> to refuse with a message next to them.
/// </summary>
public static class FormEncodingCheck
{
    private const string ItemKey = "Inburgering.InvalidFormFields";

    /// <summary>Forms here are small; a larger body is left to the server's own limits.</summary>
    private const int MaxCheckedLength = 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlySet<string> InvalidFields(HttpContext context) =>
        context?.Items[ItemKey] as IReadOnlySet<string> ?? new HashSet<string>();

    public static IApplicationBuilder UseFormEncodingCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (HttpMethods.IsPost(request.Method) && request.HasFormContentType
                && request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true
                && request.ContentLength is > 0 and <= MaxCheckedLength)
            {
                request.EnableBuffering();
                using var reader = new StreamReader(request.Body, Encoding.ASCII, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
                var body = await reader.ReadToEndAsync(context.RequestAborted);
                request.Body.Position = 0;
                var invalid = Check(body);
                if (invalid.Count > 0)
                {
                    context.Items[ItemKey] = invalid;
                }
            }

            await next();
        });

    /// <summary>The names of the fields in a url-encoded body whose value is not valid UTF-8.</summary>
    public static HashSet<string> Check(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var invalid = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            if (!IsUtf8(value))
            {
                invalid.Add(Uri.UnescapeDataString(name.Replace('+', ' ')));
            }
        }

        return invalid;
    }

    private static bool IsUtf8(string encoded)
    {
        var bytes = new List<byte>(encoded.Length);
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && Uri.IsHexDigit(encoded[i + 1]) && Uri.IsHexDigit(encoded[i + 2]))
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.Add((byte)encoded[i]);
            }
        }

        try
        {
            Strict.GetString([.. bytes]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
