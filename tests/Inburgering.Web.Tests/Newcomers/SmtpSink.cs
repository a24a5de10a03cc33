using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Inburgering.Web.Tests.Newcomers;

/// <summary>
/// A real SMTP server on 127.0.0.1: Debian's aiosmtpd (python3-aiosmtpd, installed by test.sh) writing every message
/// it accepts into a maildir. Stopped and removed on dispose.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private readonly Process _process;
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), $"inburgering-mail-{Guid.NewGuid():N}");

    public SmtpSink()
    {
        Port = FreePort();
        var start = new ProcessStartInfo("/usr/bin/python3", ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", _maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start");
        for (var i = 0; ; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (i < 100 && !_process.HasExited)
            {
                Thread.Sleep(100);
            }
        }
    }

    public int Port { get; }

    /// <summary>The raw messages received so far (waits up to five seconds for at least <paramref name="count"/>).</summary>
    public async Task<IReadOnlyList<MimeKit.MimeMessage>> MessagesAsync(int count = 1)
    {
        var folder = Path.Combine(_maildir, "new");
        for (var i = 0; i < 50 && (!Directory.Exists(folder) || Directory.GetFiles(folder).Length < count); i++)
        {
            await Task.Delay(100);
        }

        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Select(f => MimeKit.MimeMessage.Load(f))] : [];
    }

    private bool _disposed;

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        _process.Dispose();
        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
