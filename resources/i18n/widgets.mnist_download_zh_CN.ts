<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>MnistDownload</name>
    <message>
      <source>MNIST is missing</source>
      <translation>缺少 MNIST 数据集</translation>
    </message>
    <message>
      <source>The MNIST data set (11 MB) was not found on this computer.
Download it now? The files are checked by their SHA-256 sums.</source>
      <translation>在这台电脑上没有找到 MNIST 数据集（11 MB）。
现在下载吗？下载的文件会用 SHA-256 校验。</translation>
    </message>
    <message>
      <source>MNIST</source>
      <translation>MNIST</translation>
    </message>
    <message>
      <source>The MNIST folder you chose is incomplete:
{0}</source>
      <translation>你指定的 MNIST 文件夹不完整：
{0}</translation>
    </message>
    <message>
      <source>The download failed:
{0}</source>
      <translation>下载失败：
{0}</translation>
    </message>
    <message>
      <source>Downloading MNIST…</source>
      <translation>正在下载 MNIST…</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
  </context>
</TS>