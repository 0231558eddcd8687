/** Nova API's flavor-vs-image validation at boot (nova/compute/api.py _validate_flavor_image_nostatus). */

export interface FlavorSize {
  memoryMb: number
  rootGb: number
}

export interface ImageRequirements {
  minRam?: number
  /** GB. */
  minDisk?: number
  sizeBytes?: number
}

const GIB = 1024 ** 3

/**
 * null when the image fits the flavor, else Nova's 400 message. A flavor with root_gb 0 skips the disk
 * checks (legacy: the disk is sized from the image); boot-from-volume checks the volume instead.
 */
export function checkImageFitsFlavor(flavor: FlavorSize, image: ImageRequirements, bootFromVolume = false): string | null {
  if (flavor.memoryMb < (image.minRam ?? 0)) return "Flavor's memory is too small for requested image."
  if (bootFromVolume || flavor.rootGb === 0) return null
  const flavorBytes = flavor.rootGb * GIB
  const imageBytes = image.sizeBytes ?? 0
  if (imageBytes > flavorBytes) {
    return `Flavor's disk is too small for requested image. Flavor disk is ${flavorBytes} bytes, image is ${imageBytes} bytes.`
  }
  const minDiskBytes = (image.minDisk ?? 0) * GIB
  if (minDiskBytes > flavorBytes) {
    return `Flavor's disk is smaller than the minimum size specified in image metadata. Flavor disk is ${flavorBytes} bytes, minimum size is ${minDiskBytes} bytes.`
  }
  return null
}
