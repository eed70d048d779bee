/**
 * What a `cdktf destroy`, or a change that replaces the resource, does to a resource that holds
 * data (a registry and its images). Terraform has no way to keep a resource in the cloud while
 * destroying it in state, so unlike aws-cdk's `RemovalPolicy.RETAIN` there is no "retain" here:
 * either the destroy is refused, or it goes ahead.
 */
export enum RemovalPolicy {
  /**
   * `lifecycle.prevent_destroy`: any plan that would destroy or replace the resource fails, and
   * nothing in that plan is applied. To destroy the stack and keep the resource, first
   * `terraform state rm` it (it then lives on, unmanaged); to delete it, switch to `DESTROY`.
   */
  PREVENT_DESTROY = "prevent-destroy",
  /**
   * The destroy deletes the resource. Yandex refuses to delete a registry that still holds images,
   * so that apply fails at the registry until its images are deleted.
   */
  DESTROY = "destroy",
}
