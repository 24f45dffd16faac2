<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Tab</name>
    <message>
      <source>Experiments</source>
      <translation>实验</translation>
    </message>
    <message>
      <source>Chapter 6: the book's comparisons, run side by side</source>
      <translation>第 6 章：书中的对比实验，并排运行</translation>
    </message>
    <message>
      <source>Optimizers on MNIST</source>
      <translation>MNIST 上的优化器比较</translation>
    </message>
    <message>
      <source>Activation distributions</source>
      <translation>隐藏层的激活值分布</translation>
    </message>
    <message>
      <source>Initial weights on MNIST</source>
      <translation>MNIST 上的权重初始值比较</translation>
    </message>
    <message>
      <source>Batch normalization</source>
      <translation>Batch Normalization</translation>
    </message>
    <message>
      <source>Overfitting, weight decay and dropout</source>
      <translation>过拟合、权值衰减与 Dropout</translation>
    </message>
    <message>
      <source>Weight decay</source>
      <translation>权值衰减</translation>
    </message>
    <message>
      <source>Dropout</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <source>Hyperparameter search</source>
      <translation>超参数的最优化</translation>
    </message>
    <message>
      <source>{section} {title} (Fig. {figure})</source>
      <translation>{section} {title}（图 {figure}）</translation>
    </message>
    <message>
      <source>Four optimizers train the same 5-layer net (4 hidden layers of 100, same starting weights) for 2000 mini-batches of 128. SGD's loss falls slowest.</source>
      <translation>四种优化器训练同一个 5 层网络（4 个 100 神经元的隐藏层，权重初始值相同），各 2000 个大小为 128 的 mini-batch。SGD 的损失下降得最慢。</translation>
    </message>
    <message>
      <source>1000 random inputs through 5 layers of 100, no training. Sigmoid with std 1 piles up at 0 and 1 (gradients vanish); std 0.01 piles up at 0.5 (every unit alike); Xavier spreads. For ReLU, He keeps every layer alike.</source>
      <translation>1000 个随机输入数据通过 5 个 100 神经元的层，不做学习。sigmoid 配标准差 1 时激活值偏向 0 和 1（梯度消失）；标准差 0.01 时集中在 0.5 附近（表现力受限）；Xavier 初始值使其分布有广度。ReLU 配 He 初始值时各层分布相同。</translation>
    </message>
    <message>
      <source>The same net and SGD (lr 0.01), only the initial weights differ. With std 0.01 the loss stays near 2.3: the net does not learn.</source>
      <translation>同一个网络、同样的 SGD（学习率 0.01），只有权重初始值不同。标准差为 0.01 时损失一直在 2.3 附近：网络完全没有学习。</translation>
    </message>
    <message>
      <source>16 weight scales from 1 to 0.0001, each trained with batch normalization (solid) and without (dashed) on 1000 images: batch norm learns faster at most scales.</source>
      <translation>从 1 到 0.0001 的 16 种权重标准差，各自在 1000 个图像上用 Batch Norm（实线）和不用（虚线）训练：大多数情况下 Batch Norm 学习得更快。</translation>
    </message>
    <message>
      <source>Only 300 training images and 6 hidden layers: training accuracy (solid) nears 100 % while test accuracy (dashed, first 2000 test images) stays far below. Weight decay and dropout narrow the gap.</source>
      <translation>只有 300 个训练数据和 6 个隐藏层：训练数据的识别精度（实线）接近 100%，测试数据（虚线，前 2000 个测试图像）的识别精度却低得多。权值衰减和 Dropout 缩小了这一差距。</translation>
    </message>
    <message>
      <source>300 training images: with weight decay λ = 0.1 the gap between training (solid) and test accuracy (dashed) narrows.</source>
      <translation>300 个训练数据：使用权值衰减 λ = 0.1 后，训练数据（实线）与测试数据（虚线）识别精度的差距缩小了。</translation>
    </message>
    <message>
      <source>300 training images: with dropout 0.2 the gap between training (solid) and test accuracy (dashed) narrows, and learning is slower.</source>
      <translation>300 个训练数据：使用 Dropout 0.2 后，训练数据（实线）与测试数据（虚线）识别精度的差距缩小，学习也变慢了。</translation>
    </message>
    <message>
      <source>Random search: lr = 10^U(-6,-2), weight decay = 10^U(-8,-4), 50 epochs on 400 images. Each trial is judged on 100 validation images split off the training images, never on the test images: tuning on the test set would make its accuracy an overly hopeful estimate.</source>
      <translation>随机搜索：学习率 = 10^U(-6,-2)，权值衰减系数 = 10^U(-8,-4)，在 400 个图像上学习 50 个 epoch。每次试验用从训练数据中分出的 100 个验证数据评估，绝不用测试数据：用测试数据调整超参数，会使超参数对测试数据过拟合，测试精度就不再可信。</translation>
    </message>
    <message>
      <source>Runs</source>
      <translation>运行</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>复制</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <source>Book's runs</source>
      <translation>书中的设置</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>优化器</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>学习率</translation>
    </message>
    <message>
      <source>Initial weights</source>
      <translation>权重初始值</translation>
    </message>
    <message>
      <source>Weight decay λ</source>
      <translation>权值衰减 λ</translation>
    </message>
    <message>
      <source>Dropout ratio</source>
      <translation>Dropout 比例</translation>
    </message>
    <message>
      <source>Batch norm</source>
      <translation>Batch Norm</translation>
    </message>
    <message>
      <source>Layers' distributions</source>
      <translation>各层的分布</translation>
    </message>
    <message>
      <source>Activation</source>
      <translation>激活函数</translation>
    </message>
    <message>
      <source>Weights' scale</source>
      <translation>权重的尺度</translation>
    </message>
    <message>
      <source>Any std</source>
      <translation>任意标准差</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>Export numbers (CSV)…</source>
      <translation>导出数据（CSV）…</translation>
    </message>
    <message>
      <source>Export plot (PNG, SVG)…</source>
      <translation>导出图表（PNG、SVG）…</translation>
    </message>
    <message>
      <source>An experiment is running — stop it and quit?</source>
      <translation>实验正在运行——停止并退出吗？</translation>
    </message>
    <message>
      <source>Xavier: std 1/√100</source>
      <translation>Xavier：标准差 1/√100</translation>
    </message>
    <message>
      <source>He: std √(2/100)</source>
      <translation>He：标准差 √(2/100)</translation>
    </message>
    <message>
      <source>std {std:.3g}</source>
      <translation>标准差 {std:.3g}</translation>
    </message>
    <message>
      <source>MNIST could not be read: {error}</source>
      <translation>无法读取 MNIST：{error}</translation>
    </message>
    <message>
      <source>{n} runs ready.</source>
      <translation>{n} 个运行已就绪。</translation>
    </message>
    <message>
      <source>{done} of {n} runs finished · {steps} mini-batches trained</source>
      <translation>{n} 个运行中 {done} 个已完成 · 已训练 {steps} 个 mini-batch</translation>
    </message>
    <message>
      <source>Best {n}: lr {lr0:.2g} to {lr1:.2g}, weight decay {wd0:.2g} to {wd1:.2g}</source>
      <translation>最好的 {n} 个：学习率 {lr0:.2g} 到 {lr1:.2g}，权值衰减系数 {wd0:.2g} 到 {wd1:.2g}</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <source>Export numbers</source>
      <translation>导出数据</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV（*.csv）</translation>
    </message>
    <message>
      <source>Could not save: {error}</source>
      <translation>无法保存：{error}</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>已保存 {path}</translation>
    </message>
    <message>
      <source>Export plot</source>
      <translation>导出图表</translation>
    </message>
    <message>
      <source>PNG image (*.png);;SVG drawing (*.svg)</source>
      <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
  </context>
</TS>