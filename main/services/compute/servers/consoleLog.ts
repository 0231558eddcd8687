/**
 * A plausible serial-console log for an instance's OS (what os-getConsoleOutput shows): CirrOS's
 * init banner, an Ubuntu boot with cloud-init, Windows' SAC, or a generic systemd boot. Pure and
 * deterministic: the same instance always prints the same boot.
 */
export interface BootLogInfo {
  osFamily: string
  id: string
  name: string
  hostname: string
  /** Simulated epoch ms of the boot. */
  bootedAt: number
  vcpus: number
  ramMb: number
  keyName: string | null
  imageName: string | null
  /** The image's os_distro / os_version properties (Glance's common image properties), when known. */
  osDistro: string | null
  osVersion: string | null
  running: boolean
}

/** Small deterministic jitter from the instance id so timestamps differ between instances. */
function jitter(id: string, salt: number): number {
  let h = 2166136261 ^ salt
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619)
  return ((h >>> 0) % 1000) / 1000
}

const stamp = (s: number): string => `[${s.toFixed(6).padStart(12, ' ')}]`

function kernelLines(info: BootLogInfo, kernel: string, distro: string): string[] {
  const j = (n: number): number => jitter(info.id, n)
  return [
    `${stamp(0)} Linux version ${kernel} (${distro}) #1 SMP`,
    `${stamp(0)} Command line: BOOT_IMAGE=/boot/vmlinuz-${kernel} root=LABEL=cloudimg-rootfs ro console=tty1 console=ttyS0`,
    `${stamp(0)} BIOS-provided physical RAM map: ${info.ramMb} MB usable`,
    `${stamp(0)} Hypervisor detected: KVM`,
    `${stamp(0.01 + j(1) / 100)} smpboot: Allowing ${info.vcpus} CPUs, 0 hotplug CPUs`,
    `${stamp(0.3 + j(2) / 10)} virtio_blk virtio2: [vda] disk attached`,
    `${stamp(0.4 + j(3) / 10)} virtio_net virtio0 ens3: renamed from eth0`,
    `${stamp(1.1 + j(4))} EXT4-fs (vda1): mounted filesystem with ordered data mode.`
  ]
}

function cirros(info: BootLogInfo): string[] {
  return [
    ...kernelLines(info, '5.15.0-71-generic', 'buildd@lcy02-amd64-044'),
    'Starting syslogd: OK', 'Starting klogd: OK', 'Running sysctl: OK', 'Initializing random number generator: OK',
    'Saving random seed: OK', 'Starting network: udhcpc: started, v1.36.1', 'udhcpc: broadcasting discover', 'OK',
    'checking http://169.254.169.254/2009-04-04/instance-id',
    `successful after 1/20 tries: up ${(4 + jitter(info.id, 5) * 3).toFixed(2)}. iid=${info.id}`,
    ...(info.keyName ? [`cirros-apply-local: adding ssh key "${info.keyName}"`] : ['failed to get http://169.254.169.254/2009-04-04/meta-data/public-keys']),
    `=== system information ===`, `Platform: OpenStack Foundation OpenStack Nova`, `Container: none`,
    `Arch: x86_64`, `CPU(s): ${info.vcpus} @ 2933.436 MHz`, `Cores/Sockets/Threads: ${info.vcpus}/1/1`, `RAM: ${(info.ramMb / 1024).toFixed(1)}G`,
    `=== datasource: ec2 net ===`, `instance-id: ${info.id}`, `name: N/A`, `availability-zone: nova`, `local-hostname: ${info.hostname}`,
    `=== cirros: current=${cirrosVersion(info)} uptime=${(9 + jitter(info.id, 6) * 4).toFixed(2)} ===`,
    '  ____               ____  ____', ' / __/ __ ____ ____ / __ \\/ __/', '/ /__ / // __// __// /_/ /\\ \\ ', '\\___//_//_/  /_/   \\____/___/ ',
    '   http://cirros-cloud.net', '', '', `login as 'cirros' user. default password: 'gocubsgo'. use 'sudo' for root.`,
    `${info.hostname} login: `
  ]
}

function cloudInit(info: BootLogInfo, version: string, user: string, banner: string, kernel: string, distro: string): string[] {
  const at = new Date(info.bootedAt).toUTCString()
  const up = (n: number): string => (n + jitter(info.id, 7)).toFixed(2)
  return [
    ...kernelLines(info, kernel, distro),
    `[  OK  ] Started Journal Service.`, `[  OK  ] Reached target Local File Systems.`,
    `         Starting Initial cloud-init job (pre-networking)...`,
    `[    ${up(4)}] cloud-init[512]: Cloud-init v. ${version} running 'init-local' at ${at}. Up ${up(4)} seconds.`,
    `[  OK  ] Finished Initial cloud-init job (pre-networking).`, `[  OK  ] Reached target Network (Pre).`,
    `[  OK  ] Started Network Configuration.`,
    `[    ${up(6)}] cloud-init[620]: Cloud-init v. ${version} running 'init' at ${at}. Up ${up(6)} seconds.`,
    `[    ${up(6)}] cloud-init[620]: ci-info: ++++++++++++++++++++++++++++++++++++++Net device info+++++++++++++++++++++++++++++++++++++++`,
    `[    ${up(6)}] cloud-init[620]: ci-info: | Device |  Up  | Address | Mask | Scope | Hw-Address |`,
    `[    ${up(6)}] cloud-init[620]: ci-info: |   lo   | True | 127.0.0.1 | 255.0.0.0 | host | . |`,
    info.keyName
      ? `[    ${up(7)}] cloud-init[620]: ci-info: +++++++++++++++++Authorized keys from /home/${user}/.ssh/authorized_keys for user ${user}++++++++++++++++++`
      : `[    ${up(7)}] cloud-init[620]: ci-info: no authorized SSH keys fingerprints found for user ${user}.`,
    ...(info.keyName ? [`[    ${up(7)}] cloud-init[620]: ci-info: | ssh-rsa | (key pair ${info.keyName}) | - | - |`] : []),
    `[  OK  ] Finished Initial cloud-init job (metadata service crawler).`, `[  OK  ] Reached target Cloud-config availability.`,
    `[    ${up(9)}] cloud-init[803]: Cloud-init v. ${version} running 'modules:config' at ${at}. Up ${up(9)} seconds.`,
    `[  OK  ] Started OpenBSD Secure Shell server.`,
    `[    ${up(11)}] cloud-init[850]: Cloud-init v. ${version} running 'modules:final' at ${at}. Up ${up(11)} seconds.`,
    `[    ${up(11)}] cloud-init[850]: Cloud-init v. ${version} finished at ${at}. Datasource DataSourceOpenStackLocal [net,ver=2].  Up ${up(11)} seconds`,
    '', `${banner} ${info.hostname} ttyS0`, '', `${info.hostname} login: `
  ]
}

function windows(info: BootLogInfo): string[] {
  return [
    'Computer is booting, SAC started and initialized.', '',
    'Use the "ch -?" command for information about using channels.', 'Use the "?" command for general help.', '', 'SAC>',
    'EVENT: The CMD command is now available.', 'SAC>',
    `cloudbase-init: Metadata service loaded: 'HttpService'`,
    `cloudbase-init: Executing plugin 'SetHostNamePlugin': hostname set to ${info.hostname.slice(0, 15).toUpperCase()}`,
    `cloudbase-init: Executing plugin 'CreateUserPlugin': user Admin created`,
    ...(info.keyName ? [`cloudbase-init: Executing plugin 'SetUserSSHPublicKeysPlugin': key pair ${info.keyName} installed`] : []),
    `cloudbase-init: Executing plugin 'ExtendVolumesPlugin'`, `cloudbase-init: Plugins execution done`, 'SAC>'
  ]
}

const SHUTDOWN: Record<string, string[]> = {
  cirros: ['Stopping network: OK', 'Saving random seed: OK', 'Stopping klogd: OK', 'Stopping syslogd: OK', 'umount: devtmpfs busy - remounted read-only', 'reboot: Power down'],
  windows: ['SAC>', 'EVENT: The system is shutting down.'],
  linux: ['[  OK  ] Stopped target Multi-User System.', '[  OK  ] Stopped OpenBSD Secure Shell server.', '[  OK  ] Reached target System Power Off.', '[ 1234.567890] reboot: Power down']
}

const versionIn = (pattern: RegExp, ...sources: (string | null)[]): string | undefined => {
  for (const s of sources) {
    const m = s ? pattern.exec(s) : null
    if (m) return m[1]
  }
  return undefined
}

/** CirrOS prints its own release: os_version, else the one in the image name. */
const cirrosVersion = (info: BootLogInfo): string => versionIn(/(\d+\.\d+\.\d+)/, info.osVersion, info.imageName) ?? '0.6.3'

/** The release the image's os_version names (else its name, ubuntu-24.04 …), with that release's kernel and cloud-init. */
function ubuntuRelease(info: BootLogInfo): { version: string; banner: string; kernel: string; cloudInit: string } {
  const version = versionIn(/^(\d\d\.\d\d)/, info.osVersion?.trim() ?? null) ?? versionIn(/(\d\d\.\d\d)/, info.imageName) ?? '24.04'
  const known: Record<string, { kernel: string; cloudInit: string }> = {
    '20.04': { kernel: '5.4.0-169-generic', cloudInit: '23.3.3-0ubuntu0~20.04.1' },
    '22.04': { kernel: '5.15.0-86-generic', cloudInit: '23.2.2-0ubuntu0~22.04.1' },
    '24.04': { kernel: '6.8.0-31-generic', cloudInit: '24.1.3-0ubuntu3' }
  }
  // LTS releases are the April ones of even years.
  const lts = /^\d[02468]\.04$/.test(version) ? ' LTS' : ''
  return { version, banner: `Ubuntu ${version}${lts}`, ...(known[version] ?? known['24.04']) }
}

export function bootLog(info: BootLogInfo): string {
  let lines: string[]
  switch (info.osFamily) {
    case 'cirros': lines = cirros(info); break
    case 'ubuntu': {
      const u = ubuntuRelease(info)
      lines = cloudInit(info, u.cloudInit, 'ubuntu', u.banner, u.kernel, 'buildd@lcy02-amd64-028')
      break
    }
    case 'debian': {
      const release = versionIn(/^(\d+)/, info.osVersion?.trim() ?? null) ?? versionIn(/(\d+)/, info.imageName) ?? '12'
      lines = cloudInit(info, '22.4.2', 'debian', `Debian GNU/Linux ${release}`, '6.1.0-13-cloud-amd64', 'debian-kernel@lists.debian.org')
      break
    }
    case 'rhel': lines = cloudInit(info, '23.1.1-11.el9', 'cloud-user', 'Rocky Linux 9.3 (Blue Onyx)\nKernel 5.14.0-362.8.1.el9_3.x86_64 on an x86_64\n', '5.14.0-362.8.1.el9_3.x86_64', 'mockbuild@iad1-prod-build001'); break
    case 'windows': lines = windows(info); break
    default: lines = cloudInit(info, '23.1.2', 'cloud-user', `${info.imageName ?? 'Linux'}`, '6.1.0-13-amd64', 'builder@localhost')
  }
  if (!info.running) lines = [...lines, ...(SHUTDOWN[info.osFamily] ?? SHUTDOWN.linux)]
  return lines.join('\n') + '\n'
}

/** Nova's `length`: the last N lines (null/-1 = everything). */
export function tailLines(text: string, length: number | null | undefined): string {
  if (length === null || length === undefined || length < 0) return text
  if (length === 0) return ''
  const lines = text.replace(/\n$/, '').split('\n')
  return lines.slice(-length).join('\n') + '\n'
}
